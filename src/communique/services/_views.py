"""Loading events as records quickly (Core queries, no ORM objects).

List pages, dossiers and exports read many events; building ORM objects
for a million of them is slow, so they are assembled here from plain rows:
the event, its participants and persons, and its first mention (the
``source`` of the interchange record).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, select
from sqlalchemy.orm import Session

from ..model import DateSpan, Person, Place, Quantity, Record, Source
from ..registry import (
    Document,
    Event,
    EventParticipant,
    EventPerson,
    Mention,
    event_id_str,
    measures_from_json,
)
from ..registry import Person as PersonRow

__all__ = ["EventView", "EVENT_COLUMNS", "Parts", "gather", "load_views"]

EVENT_COLUMNS = (
    Event.id, Event.type, Event.date_start, Event.date_end, Event.status, Event.version,
    Event.place_country, Event.place_city, Event.title, Event.quantity_value,
    Event.quantity_qualifier, Event.quantity_unit, Event.optional, Event.date_lo,
    Event.measures, Event.confidence,
)


@dataclass
class EventView:
    """An event as the shells show it: the record plus registry state."""

    id: int
    status: str
    version: int
    record: Record
    mentions: int = 0

    def to_dict(self) -> dict[str, Any]:
        d = self.record.to_dict()
        d["status"] = self.status
        return d


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _id_groups(column: Any, ids: Sequence[int]) -> list[Any]:
    """Clauses that together select ``ids``: one ``BETWEEN`` when the ids are
    dense (an export chunk; extra rows are filtered in Python), else ``IN``
    lists of at most 900 (within every backend's parameter limit)."""
    if len(ids) > 900 and max(ids) - min(ids) < 2 * len(ids):
        return [column.between(min(ids), max(ids))]
    ordered = sorted(ids)
    return [column.in_(ordered[i:i + 900]) for i in range(0, len(ordered), 900)]


@dataclass
class Parts:
    """What belongs to a set of events, keyed by event id."""

    frm: dict[int, list[str]]
    to: dict[int, list[str]]
    orgs: dict[int, list[str]]
    persons: dict[int, list[Person]]
    sources: dict[int, Source | None]
    counts: dict[int, int]


def gather(conn: Connection, ids: Sequence[int], *, with_sources: bool = True) -> Parts:
    """Participants, persons and first mentions of the events ``ids`` (Core, fast).
    Without ``with_sources`` the mentions are not read (counting needs no sentences)."""
    wanted = set(ids)
    frm: dict[int, list[str]] = defaultdict(list)
    to: dict[int, list[str]] = defaultdict(list)
    orgs: dict[int, list[str]] = defaultdict(list)
    rows: list[Any] = []
    for clause in _id_groups(EventParticipant.event_id, ids):
        rows += conn.execute(select(EventParticipant.event_id, EventParticipant.code,
                                    EventParticipant.side, EventParticipant.kind,
                                    EventParticipant.id).where(clause)).all()
    rows.sort(key=lambda r: r[4])
    for eid, code, side, kind, _ in rows:
        if eid not in wanted:
            continue
        if kind == "org":
            orgs[eid].append(code)
        elif side == "from":
            frm[eid].append(code)
        else:
            to[eid].append(code)
    persons: dict[int, list[Person]] = defaultdict(list)
    rows = []
    for clause in _id_groups(EventPerson.event_id, ids):
        rows += conn.execute(select(EventPerson.event_id, EventPerson.name, EventPerson.role,
                                    EventPerson.country, PersonRow.name, EventPerson.id)
                             .outerjoin(PersonRow, EventPerson.person_id == PersonRow.id)
                             .where(clause)).all()
    rows.sort(key=lambda r: r[5])
    for eid, name, role, country, resolved, _ in rows:
        if eid in wanted:
            persons[eid].append(Person(name or resolved, role, country))
    sources: dict[int, Source | None] = {}
    counts: dict[int, int] = defaultdict(int)
    manual: dict[int, int] = {}
    rows = []
    for clause in (_id_groups(Mention.event_id, ids) if with_sources else []):
        rows += conn.execute(select(Mention.event_id, Mention.id, Mention.start, Mention.end,
                                    Mention.text, Document.name)
                             .outerjoin(Document, Mention.document_id == Document.id)
                             .where(clause)).all()
    rows.sort(key=lambda r: r[1])
    for eid, mid, start, end, text, doc in rows:
        if eid not in wanted:
            continue
        counts[eid] += 1
        if eid in sources:
            continue
        if doc is None:
            manual[mid] = eid
            sources[eid] = None
        else:
            sources[eid] = Source(doc, start or 0, end or 0, text or "")
    if manual:
        for mid, rec in conn.execute(select(Mention.id, Mention.record)
                                     .where(Mention.id.in_(list(manual)))):
            src = (rec or {}).get("source")
            if src:
                sources[manual[mid]] = Source(src.get("doc") or "", int(src.get("start") or 0),
                                              int(src.get("end") or 0), src.get("text") or "")
    return Parts(frm, to, orgs, persons, sources, counts)


def load_views(session: Session, rows: Sequence[Row[Any]], *,
               count_mentions: bool = False, sources: bool = True) -> list[EventView]:
    """Records for event rows selected with :data:`EVENT_COLUMNS`, in the same order
    (without ``sources``: no source sentence, and no mention read unless counted)."""
    if not rows:
        return []
    p = gather(session.connection(), [r.id for r in rows],
               with_sources=sources or count_mentions)
    frm, to, orgs, persons, found, counts = p.frm, p.to, p.orgs, p.persons, p.sources, p.counts
    views = []
    # positional unpacking (the order of EVENT_COLUMNS): attribute access on each
    # row costs more than the rest of building the record
    for (eid, typ, start, end, status, version, p_country, p_city, title, q_value,
         q_qualifier, q_unit, optional, _lo, measures, confidence) in rows:
        qty = (Quantity(_number(q_value), q_qualifier or "exactly", q_unit)
               if q_value is not None else None)
        rec = Record(
            id=event_id_str(eid), type=typ, date=DateSpan(start, end),
            from_=frm.get(eid, []), to=to.get(eid, []), organizations=orgs.get(eid, []),
            persons=persons.get(eid, []), place=Place(p_country, p_city),
            title=title, quantity=qty, optional=bool(optional),
            source=found.get(eid) if sources else None, confidence=confidence,
            measures=measures_from_json(measures) if measures else [],
        )
        views.append(EventView(eid, status, version, rec,
                               counts.get(eid, 0) if count_mentions else 0))
    return views
