"""Pydantic models of the JSON API (what the OpenAPI schema shows)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from ...services.query import EventDetail, EventView

__all__ = ["Id", "ErrorOut", "EventOut", "EventList", "MentionOut", "HistoryOut",
           "EventDetailOut", "EventCreate", "Created", "EventUpdate", "ReviewIn", "MergeIn",
           "SplitIn", "SplitOut", "DocumentOut", "DocumentList", "DocumentDetail", "MarkOut",
           "IngestOut", "DossierOut", "MeOut", "ERRORS", "event_out", "detail_out"]

#: a row id (within every backend's integer range)
Id = Annotated[int, Field(ge=1, le=2**31 - 1)]


class ErrorOut(BaseModel):
    error: str
    detail: str


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {400: "Bad request (the detail says what to fix)", 401: "Login required",
            403: "Not allowed for this role, or CSRF token missing", 404: "Not found",
            409: "Changed by someone else meanwhile", 413: "Upload too large",
            415: "Not a document (txt, html, pdf, docx)", 422: "Invalid parameters"}
    return {c: {"model": ErrorOut, "description": text[c]} for c in codes}


ERRORS = errors(400, 401, 403, 422)


class EventOut(BaseModel):
    id: int
    status: str
    version: int
    mentions: int
    record: dict[str, Any] = Field(description="The event in the interchange format "
                                               "(events-v1); ``source`` is its first mention.")


def event_out(v: EventView) -> EventOut:
    return EventOut(id=v.id, status=v.status, version=v.version, mentions=v.mentions,
                    record=v.record.to_dict())


class EventList(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[EventOut]


class MentionOut(BaseModel):
    id: int
    document: str | None
    document_id: int | None
    start: int | None
    end: int | None
    text: str | None
    merge_reason: str | None
    moved_from_event_id: int | None


class HistoryOut(BaseModel):
    at: str
    who: str
    action: str
    note: str | None


class EventDetailOut(BaseModel):
    event: EventOut
    mentions: list[MentionOut]
    merged_from: list[int]
    merged_into: int | None
    history: list[HistoryOut]


def detail_out(d: EventDetail) -> EventDetailOut:
    return EventDetailOut(
        event=event_out(d.view),
        mentions=[MentionOut(id=m.id, document=m.document, document_id=m.document_id,
                             start=m.start, end=m.end, text=m.text, merge_reason=m.merge_reason,
                             moved_from_event_id=m.moved_from_event_id) for m in d.mentions],
        merged_from=d.merged_from, merged_into=d.merged_into,
        history=[HistoryOut(**h) for h in d.history])


class EventCreate(BaseModel):
    record: dict[str, Any] = Field(description="An interchange record: at least type, "
                                               "date {start, end} and countries {from, to}.")
    status: Literal["candidate", "accepted"] = "accepted"
    note: Annotated[str | None, Field(max_length=500)] = None


class Created(BaseModel):
    id: int


class EventUpdate(BaseModel):
    changes: dict[str, Any] = Field(description="Fields to change: type, date_start, date_end, "
                                                "from, to, organizations, place_country, "
                                                "place_city, title, quantity_value, "
                                                "quantity_qualifier, quantity_unit, status, "
                                                "measures (a list of {value, qualifier, "
                                                "unit} or text: '143 votes; 40 students').")
    version: Id = Field(description="Required: the version of the event you read (GET "
                                    "/events/{id}). The change is refused (409) when the "
                                    "event changed since, so nothing is overwritten unseen.")
    note: Annotated[str | None, Field(max_length=500)] = None


class ReviewIn(BaseModel):
    version: Id = Field(description="Required: the version of the event you read; refused "
                                    "(409) when the event changed since.")
    note: Annotated[str | None, Field(max_length=500)] = None


class MergeIn(BaseModel):
    others: Annotated[list[Id], Field(min_length=1, max_length=100)]
    note: Annotated[str | None, Field(max_length=500)] = None
    #: merge events of another type or with other countries too (E201 otherwise)
    force: bool = False


class SplitIn(BaseModel):
    mentions: Annotated[list[Id], Field(max_length=1000)] = []
    note: Annotated[str | None, Field(max_length=500)] = None


class SplitOut(BaseModel):
    events: list[int]


class DocumentOut(BaseModel):
    id: int
    name: str
    kind: str | None
    issuer: str | None
    date: str | None
    size: int | None
    ingested_at: str
    ingested_by: str | None
    mentions: int


class DocumentList(BaseModel):
    total: int
    items: list[DocumentOut]


class MarkOut(BaseModel):
    mention: int
    event: int
    start: int
    end: int
    type: str
    status: str


class DocumentDetail(BaseModel):
    document: DocumentOut
    text: str
    mentions: list[MarkOut]
    #: what extraction took the issuer and the document's day from ("the text's
    #: dateline 2023-05-10"); null for documents stored before it was kept
    issuer_reason: str | None = None
    date_reason: str | None = None


class IngestOut(BaseModel):
    name: str
    status: Literal["stored", "duplicate", "failed"]
    document_id: int | None
    records: int
    new_events: int
    merged: int
    issuer: str | None
    error: str | None


class DossierOut(BaseModel):
    country: str
    year: int | None
    total: int
    groups: dict[str, list[EventOut]]
    counts: dict[str, int] = Field(default_factory=dict, description="Events of each type in "
                                   "all; with per_type, groups hold the first of them only.")


class MeOut(BaseModel):
    name: str
    role: str
