"""Consular desk pages: statistics (every role), the officer's queue, the SLA board, the
case page with its timeline, the hotline intake form, operations and manifests."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Path, Query, Request
from fastapi.responses import RedirectResponse, Response

from ...consular import (
    CATEGORIES,
    CHANNELS,
    PRIORITIES,
    TRANSITIONS,
    CitizenInput,
    add_note,
    assign_case,
    desk_stats,
    find_cases,
    hotline_stats,
    list_cases,
    list_operations,
    open_case,
    set_status,
    show_case,
    show_operation,
    utcnow,
)
from ...errors import UsageError
from ...services.users import UserView
from .._desk import NO_STORE, actor_of, desk_of
from .._render import render
from .._security import Consular, Viewer, csrf_protect

router = APIRouter(prefix="/consular", dependencies=[Depends(csrf_protect)],
                   include_in_schema=False)

CaseId = Annotated[int, Path(ge=1, le=2**31 - 1)]
Year = Annotated[int | None, Query(ge=1000, le=9999)]


@router.get("")
def stats_page(request: Request, year: Year = None, user: UserView = Viewer) -> Response:
    """The desk's year in published numbers (counts under 5 hidden): every role."""
    desk = desk_of(request)
    y = year or date.today().year
    return render(request, "consular_stats.html", {
        "year": y, "stats": desk_stats(desk, y).to_dict(published=True),
        "hotlines": hotline_stats(desk, y), "desk": user.can("consular")})


@router.get("/queue")
def queue(request: Request, officer: str | None = None, everyone: bool = False,
          user: UserView = Consular) -> Response:
    """The officer's open cases, most urgent SLA first."""
    who = None if everyone else (officer or user.name)
    rows = list_cases(desk_of(request), actor_of(user), officer=who, open_only=True)
    return render(request, "consular_queue.html", {"rows": rows, "officer": who,
                                                   "title": "Queue"}, headers=NO_STORE)


@router.get("/sla")
def sla_board(request: Request, user: UserView = Consular) -> Response:
    """Open cases that breached their targets or are about to."""
    desk, actor = desk_of(request), actor_of(user)
    rows = [r for r in list_cases(desk, actor, open_only=True, limit=None)
            if r.sla.flag in ("breached", "due-soon")]
    return render(request, "consular_queue.html", {"rows": rows[:500], "officer": None,
                                                   "title": "SLA board",
                                                   "total": len(rows)}, headers=NO_STORE)


@router.get("/cases/{case_id}")
def case_page(request: Request, case_id: CaseId, user: UserView = Consular) -> Response:
    detail = show_case(desk_of(request), actor_of(user), case_id)
    return render(request, "consular_case.html", {
        "c": detail, "next": TRANSITIONS.get(detail.row.status, ())}, headers=NO_STORE)


@router.post("/cases/{case_id}")
def case_change(request: Request, case_id: CaseId,
                action: Annotated[str, Form()], value: Annotated[str, Form()] = "",
                user: UserView = Consular) -> Response:
    desk, actor = desk_of(request), actor_of(user)
    if action == "note":
        add_note(desk, actor, case_id, value)
    elif action == "status":
        set_status(desk, actor, case_id, value)
    elif action == "assign":
        assign_case(desk, actor, case_id, value or user.name)
    else:
        raise UsageError("unknown action; use note, status or assign")
    return RedirectResponse(f"{request.scope.get('root_path', '')}/consular/cases/{case_id}",
                            status_code=303)


@router.get("/intake")
def intake_form(request: Request, user: UserView = Consular) -> Response:
    return render(request, "consular_intake.html", {
        "categories": CATEGORIES, "channels": CHANNELS, "priorities": PRIORITIES,
        "now": utcnow().strftime("%Y-%m-%dT%H:%M"), "values": {}, "error": None},
        headers=NO_STORE)


@router.post("/intake")
def intake(request: Request, category: Annotated[str, Form()],
           country: Annotated[str, Form()], opened: Annotated[str, Form()] = "",
           channel: Annotated[str, Form()] = "hotline", city: Annotated[str, Form()] = "",
           name: Annotated[str, Form()] = "", birth_date: Annotated[str, Form()] = "",
           sex: Annotated[str, Form()] = "", document: Annotated[str, Form()] = "",
           contacts: Annotated[str, Form()] = "", summary: Annotated[str, Form()] = "",
           priority: Annotated[str, Form()] = "normal",
           user: UserView = Consular) -> Response:
    """Open a case from the intake form, assigned to the officer who took the call."""
    desk, actor = desk_of(request), actor_of(user)
    person = CitizenInput(name=name, birth_date=birth_date or None, sex=sex or None,
                          document_number=document, contacts=contacts)
    try:
        case_id = open_case(desk, actor, opened=opened or utcnow(), channel=channel,
                            category=category, country=country, city=city, citizen=person,
                            summary=summary, priority=priority)
    except UsageError as exc:
        return render(request, "consular_intake.html", {
            "categories": CATEGORIES, "channels": CHANNELS, "priorities": PRIORITIES,
            "now": opened, "error": exc.message,
            "values": {"category": category, "country": country, "channel": channel,
                       "city": city, "priority": priority}}, status_code=400,
            headers=NO_STORE)
    assign_case(desk, actor, case_id, user.name)
    return RedirectResponse(f"{request.scope.get('root_path', '')}/consular/cases/{case_id}",
                            status_code=303)


@router.get("/duplicates")
def duplicates(request: Request, name: str = "", document: str = "",
               user: UserView = Consular) -> Response:
    """The intake form's warning (htmx): cases whose citizen has the words typed so far."""
    rows = []
    if len(name.strip()) >= 2 or len(document.strip()) >= 3:
        rows = find_cases(desk_of(request), actor_of(user), name=name or None,
                          document=document or None, partial=True)
    return render(request, "_consular_dupes.html", {"rows": rows[:10]}, headers=NO_STORE)


@router.get("/operations")
def operations(request: Request, year: Year = None, user: UserView = Consular) -> Response:
    ops = list_operations(desk_of(request), actor_of(user), year=year)
    return render(request, "consular_operations.html", {"ops": ops}, headers=NO_STORE)


@router.get("/operations/{op_id}")
def operation_page(request: Request, op_id: CaseId, user: UserView = Consular) -> Response:
    view = show_operation(desk_of(request), actor_of(user), op_id)
    return render(request, "consular_operation.html", {"op": view}, headers=NO_STORE)
