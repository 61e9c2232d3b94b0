"""Storing one record: merge into an existing event or create one, add the mention."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from ..model import Record
from ..registry import (
    Event,
    Mention,
    MergeMatch,
    PersonIndex,
    add_persons,
    apply_record,
    date_bounds,
    find_match,
    measures_from_json,
    measures_to_json,
    resolve_event_persons,
)

__all__ = ["Stored", "store_record", "join_event"]


@dataclass(frozen=True)
class Stored:
    event: Event
    mention: Mention
    merged: bool


def _enrich(event: Any, rec: Record) -> None:
    """Fill the columns the event lacks from a mention that joins it."""
    if rec.place and not (event.place_country or event.place_city):
        event.place_country, event.place_city = rec.place.country, rec.place.city
    if rec.title and not event.title:
        event.title = rec.title
    if rec.quantity and event.quantity_value is None:
        event.quantity_value = float(rec.quantity.value)
        event.quantity_qualifier = rec.quantity.qualifier
        event.quantity_unit = rec.quantity.unit
    if rec.confidence is not None and (event.confidence is None
                                       or rec.confidence > event.confidence):
        event.confidence = rec.confidence  # another report of it: at least as sure
    if rec.measures:
        have = measures_from_json(event.measures)
        new = [m for m in rec.measures if all(m.unit != h.unit for h in have)]
        if new:
            event.measures = measures_to_json(have + new)


def join_event(event: Any, rec: Record, match: MergeMatch[Any], status: str) -> bool:
    """What a record that joins ``event`` changes in its columns (the event's own row or
    the bulk writer's copy of it): the finer date, what it lacked, an accepted status.
    True when the dates changed (the participants' ``date_lo`` follows)."""
    if match.refine_date:
        precision, lo, hi = date_bounds(rec.date.start, rec.date.end)
        event.date_start, event.date_end = rec.date.start, rec.date.end
        event.precision, event.date_lo, event.date_hi = precision, lo, hi
    _enrich(event, rec)
    if status == "accepted" and event.status == "candidate":
        event.status = "accepted"
    return match.refine_date


def store_record(session: Session, rec: Record, *, document_id: int | None, status: str,
                 origin: str, merge: bool = True, reason: str | None = None,
                 exclude: set[int] | None = None, persons: PersonIndex | None = None) -> Stored:
    """Add ``rec`` to the registry in the session's transaction.

    The record joins an existing event when :func:`find_match` finds one
    (the mention records why); otherwise it becomes a new event with
    ``status``. The record itself is kept on the mention as extracted.
    ``persons``: the registry's persons read once for a batch of records.
    """
    why: str | None
    match = (find_match(session, rec, document_id=document_id, exclude=exclude)
             if merge else None)
    if match is not None:
        event = match.event
        if join_event(event, rec, match, status):
            for part in event.participants:
                part.date_lo = event.date_lo
        add_persons(event, rec.persons)
        why = match.reason
    else:
        event = Event(status=status, origin=origin, version=1)
        apply_record(event, rec)
        session.add(event)
        why = reason
    resolve_event_persons(session, event, persons)
    src = rec.source
    mention = Mention(
        event=event,
        document_id=document_id,
        start=src.start if src else None,
        end=src.end if src else None,
        text=src.text if src else None,
        record=rec.to_dict(),
        merge_reason=why,
    )
    session.add(mention)
    session.flush()
    return Stored(event, mention, match is not None)
