"""Aid activities and agreements: pages (list, add, show, IATI download) and
``/api/v1/aid`` (list, add). Thin: the logic is in services.aid and
services.agreements."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field

from ...aid import MODALITIES, STATUSES, Aid, validate_aid
from ...errors import UsageError
from ...services import agreements as agreements_service
from ...services import aid as aid_service
from ...services.users import UserView
from .._render import render
from .._security import Editor, Viewer, csrf_protect
from .._state import get_state
from ._schemas import ERRORS

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)
api = APIRouter(responses=ERRORS)
read = [Depends(csrf_protect)]


def _aid_from_form(form: dict[str, str]) -> Aid:
    from ...measures import is_currency, parse_measure

    def text(key: str) -> str | None:
        return (form.get(key) or "").strip() or None

    money = parse_measure(form["amount"]) if text("amount") else None
    if money is not None and not is_currency(money.unit):
        raise UsageError(f"amount {form['amount']!r}: give a currency, e.g. 'USD 2 million'")
    recipients = [r.strip() for r in (form.get("recipients") or "").replace(";", ",")
                  .split(",") if r.strip()]
    d: dict[str, Any] = {
        "title": text("title") or "", "donor": (text("donor") or "").upper(),
        "recipients": [r.upper() if len(r) == 3 else r for r in recipients],
        "modality": text("modality") or "in_kind", "status": text("status") or "disbursed",
        "channel": text("channel"), "sector": text("sector"),
        "amount": money.value if money else None, "currency": money.unit if money else None,
        "date": {"start": text("date_start"), "end": text("date_end")},
        "measures": [parse_measure(m).to_dict() for m in (form.get("measures") or "")
                     .split(";") if m.strip()]}
    problems = validate_aid(d)
    if problems:
        raise UsageError("; ".join(problems))
    return Aid.from_dict(d)


@router.get("/aid")
def aid_page(request: Request, recipient: str | None = None, user: UserView = Viewer
             ) -> Response:
    state = get_state(request)
    flt = aid_service.AidFilter(recipients=[recipient] if recipient else None)
    return render(request, "aid.html", {
        "rows": aid_service.list_aid(state.registry, flt), "recipient": recipient or "",
        "values": {"modality": "in_kind", "status": "disbursed"}, "error": None,
        "MODALITIES": MODALITIES, "STATUSES": STATUSES})


@router.post("/aid")
async def aid_add(request: Request, user: UserView = Editor) -> Response:
    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    state = get_state(request)
    try:
        new_id = aid_service.add_aid(state.registry, _aid_from_form(form), user=user.name)
    except UsageError as exc:
        return render(request, "aid.html", {
            "rows": aid_service.list_aid(state.registry), "recipient": "", "values": form,
            "error": str(exc), "MODALITIES": MODALITIES, "STATUSES": STATUSES},
            status_code=400)
    return RedirectResponse(f"/aid#aid-{new_id}", status_code=303)


@router.get("/aid/iati.xml")
def aid_iati(request: Request, user: UserView = Viewer) -> Response:
    from ...aid import to_iati

    xml = to_iati(aid_service.list_aid(get_state(request).registry))
    return Response(xml, media_type="application/xml", headers={
        "Content-Disposition": 'attachment; filename="aid-iati.xml"'})


@router.get("/agreements")
def agreements_page(request: Request,
                    state_: Annotated[list[str], Query(alias="state")] = [],  # noqa: B006
                    party: str | None = None, user: UserView = Viewer) -> Response:
    reg = get_state(request).registry
    rows = agreements_service.list_agreements(reg, states=state_ or None, party=party or None)
    return render(request, "agreements.html", {
        "rows": rows, "states": agreements_service.STATES, "chosen": state_,
        "party": party or ""})


# ------------------------------------------------------------------------- API


class AidIn(BaseModel):
    activity: dict[str, Any] = Field(description="An aid activity: title, donor (ISO3), "
                                     "recipients (ISO3 or organisation codes), modality "
                                     "(in_kind, cash, vaccines, services), status (pledged, "
                                     "committed, disbursed), amount and currency (ISO 4217), "
                                     "date {start, end}, channel, sector, measures.")


class AidOut(BaseModel):
    id: int


class AidList(BaseModel):
    items: list[dict[str, Any]]


@api.get("/aid", response_model=AidList, tags=["aid"], dependencies=read)
def api_aid(request: Request, recipient: Annotated[str | None, Query(max_length=200)] = None,
            user: UserView = Viewer) -> AidList:
    """Aid activities in date order (optionally those reaching one recipient)."""
    flt = aid_service.AidFilter(recipients=[recipient] if recipient else None)
    return AidList(items=[a.to_dict() for a in aid_service.list_aid(
        get_state(request).registry, flt)])


@api.post("/aid", response_model=AidOut, status_code=201, tags=["aid"], dependencies=read)
def api_aid_add(request: Request, body: AidIn, user: UserView = Editor) -> AidOut:
    """Add an aid activity; refused (400) with every problem listed."""
    problems = validate_aid(body.activity)
    if problems:
        raise UsageError("the aid activity is not valid: " + "; ".join(problems))
    aid = Aid.from_dict({**body.activity, "id": None, "event_id": None})
    return AidOut(id=aid_service.add_aid(get_state(request).registry, aid, user=user.name))
