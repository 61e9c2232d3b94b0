"""``/api/v1/cases`` and ``/api/v1/operations`` (consular and admin tokens) and
``/api/v1/consular/stats`` (every role: published numbers only)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from ...consular import (
    CitizenInput,
    add_note,
    case_row,
    desk_stats,
    list_cases,
    list_operations,
    open_case,
    read_attachment,
    set_status,
    show_case,
    show_operation,
    utcnow,
)
from ...services.users import UserView
from .._desk import NO_STORE, actor_of, desk_of
from .._security import Consular, Viewer, csrf_protect
from ._schemas import ERRORS, Created, errors

router = APIRouter(dependencies=[Depends(csrf_protect)], responses=ERRORS)

RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]
Text = Annotated[str, Field(max_length=300)]


class SlaOut(BaseModel):
    flag: str = Field(description="ok, due-soon, breached or met")
    used_hours: float
    target_hours: float
    paused: bool
    resolution_due: str
    response_due: str | None


class CaseOut(BaseModel):
    """A case without personal data."""

    id: int
    opened_at: str
    channel: str
    category: str
    country: str
    city: str | None
    mission: str | None
    officer: str | None
    priority: str
    status: str
    restricted: bool
    merged_into: int | None
    sla: SlaOut


class CaseList(BaseModel):
    items: list[CaseOut]


class CitizenIn(BaseModel):
    name: Text | None = None
    birth_date: Annotated[str, Field(max_length=10)] | None = None
    sex: Annotated[str, Field(max_length=6)] | None = None
    document_number: Annotated[str, Field(max_length=60)] | None = None
    contacts: Text | None = None
    next_of_kin: Text | None = None


class CaseIn(BaseModel):
    category: str = Field(description="appeal, lost-document, detention, death, hospital, "
                                      "missing-person, victim-of-crime, evacuation, "
                                      "repatriation, child-abduction, other", max_length=20)
    country: str = Field(description="ISO3 where the citizen is", max_length=3)
    opened: Annotated[str, Field(max_length=19)] | None = Field(
        None, description="YYYY-MM-DD[THH:MM]; default now")
    channel: Annotated[str, Field(max_length=10)] = "hotline"
    city: Annotated[str, Field(max_length=200)] | None = None
    mission: Annotated[str, Field(max_length=100)] | None = None
    priority: Annotated[str, Field(max_length=10)] = "normal"
    summary: Annotated[str, Field(max_length=5000)] | None = None
    officer: Annotated[str, Field(max_length=100)] | None = Field(
        None, description="Assign to this officer (default: the token's user)")
    citizen: CitizenIn | None = None


class CaseDetailOut(CaseOut):
    """A case with its citizens' personal data and timeline (the read is logged)."""

    summary: str | None
    citizens: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    links: list[dict[str, Any]]
    restricted_to: list[str]
    attachments: list[dict[str, Any]] = Field(
        description="n, name, kind, size, added_by, added_at, erased; the file at "
                    "/cases/{id}/attachments/{n}")


class NoteIn(BaseModel):
    text: Annotated[str, Field(min_length=1, max_length=5000)]


class StatusIn(BaseModel):
    status: str = Field(description="assigned, in-progress, waiting, resolved or closed",
                        max_length=12)


class OperationOut(BaseModel):
    id: int
    kind: str
    date: str
    country: str
    means: str | None
    title: str | None
    people: int
    children: int
    women: int
    by_group: dict[str, int]
    crossings: list[dict[str, Any]]
    manifest: list[dict[str, Any]] = Field(description="Only on /operations/{id} (logged).")


@router.get("/cases", response_model=CaseList, tags=["consular"])
def cases(request: Request, status: Annotated[list[str], Query(max_length=12)] = [],  # noqa: B006
          officer: Annotated[str | None, Query(max_length=100)] = None,
          open_only: bool = False, limit: Annotated[int, Query(ge=1, le=1000)] = 200,
          user: UserView = Consular) -> JSONResponse:
    """The queue: cases the token's user may see, most urgent SLA first (no personal data)."""
    rows = list_cases(desk_of(request), actor_of(user), status=status, officer=officer,
                      open_only=open_only, limit=limit)
    return JSONResponse({"items": [r.to_dict() for r in rows]}, headers=NO_STORE)


@router.post("/cases", response_model=Created, status_code=201, tags=["consular"])
def create_case(request: Request, body: CaseIn, user: UserView = Consular) -> JSONResponse:
    """Open a case (an intake), assigned to ``officer`` or the token's user; bad values
    answer 400 and store nothing."""
    person = CitizenInput(**body.citizen.model_dump()) if body.citizen else None
    case_id = open_case(desk_of(request), actor_of(user), opened=body.opened or utcnow(),
                        channel=body.channel, category=body.category, country=body.country,
                        city=body.city, mission=body.mission, citizen=person,
                        summary=body.summary, priority=body.priority,
                        officer=body.officer or user.name)
    return JSONResponse({"id": case_id}, status_code=201, headers=NO_STORE)


@router.get("/cases/{case_id}", response_model=CaseDetailOut, tags=["consular"],
            responses=errors(404))
def get_case(request: Request, case_id: RowId, user: UserView = Consular) -> JSONResponse:
    """A case with its personal data (written to the access log)."""
    detail = show_case(desk_of(request), actor_of(user), case_id)
    return JSONResponse(detail.to_dict(), headers=NO_STORE)


@router.get("/cases/{case_id}/attachments/{n}", tags=["consular"], responses={
    **errors(404), 200: {"content": {"application/octet-stream": {
        "schema": {"type": "string", "format": "binary"}}},
        "description": "The file, decrypted (the read is written to the access log)"}},
    response_class=Response)
def attachment(request: Request, case_id: RowId, n: Annotated[int, Path(ge=1, le=100000)],
               user: UserView = Consular) -> Response:
    """One attachment of a case as a download."""
    from .consular_files import download

    f = read_attachment(desk_of(request), actor_of(user), case_id, n)
    return download(f.name, "application/octet-stream", f.data)


@router.post("/cases/{case_id}/notes", response_model=CaseOut, tags=["consular"],
             responses=errors(404))
def note(request: Request, case_id: RowId, body: NoteIn,
         user: UserView = Consular) -> JSONResponse:
    """Add a note to the case's timeline."""
    desk, actor = desk_of(request), actor_of(user)
    add_note(desk, actor, case_id, body.text)
    return JSONResponse(case_row(desk, actor, case_id).to_dict(), headers=NO_STORE)


@router.post("/cases/{case_id}/status", response_model=CaseOut, tags=["consular"],
             responses=errors(404))
def status_(request: Request, case_id: RowId, body: StatusIn,
            user: UserView = Consular) -> JSONResponse:
    """Move the case along its status machine (400 when the step is not allowed)."""
    row = set_status(desk_of(request), actor_of(user), case_id, body.status)
    return JSONResponse(row.to_dict(), headers=NO_STORE)


@router.get("/operations", response_model=list[OperationOut], tags=["consular"])
def operations(request: Request, year: Annotated[int | None, Query(ge=1000, le=9999)] = None,
               user: UserView = Consular) -> JSONResponse:
    """Evacuations and repatriations with their counts (no manifests)."""
    ops = list_operations(desk_of(request), actor_of(user), year=year)
    return JSONResponse([o.to_dict() for o in ops], headers=NO_STORE)


@router.get("/operations/{op_id}", response_model=OperationOut, tags=["consular"],
            responses=errors(404))
def operation(request: Request, op_id: RowId, user: UserView = Consular) -> JSONResponse:
    """An operation with its manifest (personal data: written to the access log)."""
    view = show_operation(desk_of(request), actor_of(user), op_id)
    return JSONResponse(view.to_dict(), headers=NO_STORE)


@router.get("/consular/stats", tags=["consular"])
def stats(request: Request, year: Annotated[int, Query(ge=1000, le=9999)],
          user: UserView = Viewer) -> dict[str, Any]:
    """The desk's year in published numbers (counts under 5 as "fewer than 5")."""
    return desk_stats(desk_of(request), year).to_dict(published=True)
