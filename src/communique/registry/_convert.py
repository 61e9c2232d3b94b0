"""Between interchange records (:class:`communique.model.Record`) and rows.

Dates stay at the precision the text gives (``2021``, ``2021-06``,
``2021-06-15``); ``date_bounds`` adds the first and last day they cover,
which range queries and merging compare.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..model import DateSpan, Person, Place, Quantity, Record, Source
from ._models import Event, EventParticipant, EventPerson

__all__ = [
    "parse_partial_date",
    "date_bounds",
    "precision_of",
    "country_key",
    "org_key",
    "apply_record",
    "record_columns",
    "record_participants",
    "missing_persons",
    "add_persons",
    "event_to_record",
    "event_id_str",
    "measures_to_json",
    "measures_from_json",
]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
PRECISIONS = {4: "year", 7: "month", 10: "day"}
RANK = {"year": 1, "month": 2, "day": 3}


def parse_partial_date(value: str) -> tuple[int, int | None, int | None]:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` -> parts; ValueError if impossible."""
    m = _DATE.match(value.strip()) if isinstance(value, str) else None
    if not m:
        raise ValueError(f"{value!r} is not a date as YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{value!r} has no month {month}")
    if day is not None and month is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"{value!r} is not a day of that month (1-{last})")
    return year, month, day


def _lo(value: str) -> str:
    y, m, d = parse_partial_date(value)
    return f"{y:04d}-{m or 1:02d}-{d or 1:02d}"


def _hi(value: str) -> str:
    y, m, d = parse_partial_date(value)
    month = m or 12
    day = d or calendar.monthrange(y, month)[1]
    return f"{y:04d}-{month:02d}-{day:02d}"


def first_day(value: str) -> str:
    """The first day a partial date can mean (``2021-06`` -> ``2021-06-01``)."""
    return _lo(value)


def last_day(value: str) -> str:
    """The last day a partial date can mean (``2021-06`` -> ``2021-06-30``)."""
    return _hi(value)


def precision_of(value: str | None) -> str | None:
    return PRECISIONS.get(len(value.strip())) if value else None


def date_bounds(start: str | None, end: str | None) -> tuple[str | None, str | None, str | None]:
    """(precision, first day, last day) of a date span; Nones when undated."""
    if isinstance(start, str) and (end is None or isinstance(end, str)):
        return _cached_bounds(start, end)
    return _bounds(start, end)  # ValueError for what is no date (a number, a list)


def _bounds(start: str | None, end: str | None) -> tuple[str | None, str | None, str | None]:
    if not start:
        return None, None, None
    lo = _lo(start)
    hi = _hi(end) if end else _hi(start)
    if hi < lo:
        raise ValueError(f"the end {end!r} is before the start {start!r}")
    return precision_of(start), lo, hi


#: merging and storing ask for the bounds of the same dates many times
_cached_bounds = lru_cache(maxsize=65536)(_bounds)


def country_key(rec: Record) -> str:
    """The country set of both sides, sorted: ``AZE+TUR``."""
    return "+".join(sorted({c.upper() for c in (*rec.from_, *rec.to) if c}))


def org_key(rec: Record) -> str:
    return "+".join(sorted({o for o in rec.organizations if o}))


def record_columns(rec: Record) -> dict[str, Any]:
    """The event columns a record sets (``confidence`` only when it gives one)."""
    precision, lo, hi = date_bounds(rec.date.start, rec.date.end)
    q = rec.quantity
    columns: dict[str, Any] = {
        "type": rec.type, "date_start": rec.date.start, "date_end": rec.date.end,
        "precision": precision, "date_lo": lo, "date_hi": hi,
        "country_key": country_key(rec), "org_key": org_key(rec),
        "place_country": rec.place.country if rec.place else None,
        "place_city": rec.place.city if rec.place else None,
        "title": rec.title,
        "quantity_value": float(q.value) if q else None,
        "quantity_qualifier": q.qualifier if q else None,
        "quantity_unit": q.unit if q else None,
        "optional": bool(rec.optional),
        "measures": measures_to_json(rec.measures),
    }
    if rec.confidence is not None:  # an edit without one keeps the event's
        columns["confidence"] = rec.confidence
    return columns


def record_participants(rec: Record) -> list[tuple[str, str | None, str]]:
    """(code, side, kind) of a record's participants, in the order they are stored."""
    return ([(c.upper(), "from", "country") for c in rec.from_]
            + [(c.upper(), "to", "country") for c in rec.to]
            + [(o, None, "org") for o in rec.organizations])


def apply_record(event: Event, rec: Record) -> None:
    """Set an event's fields, participants and persons from a record."""
    columns = record_columns(rec)
    for name, value in columns.items():
        setattr(event, name, value)
    parts = [EventParticipant(code=code, side=side, kind=kind)
             for code, side, kind in record_participants(rec)]
    for part in parts:
        part.date_lo = columns["date_lo"]
    event.participants = parts
    event.persons = [EventPerson(name=p.name, role=p.role, country=p.country)
                     for p in rec.persons]


def missing_persons(have: Iterable[Any], persons: list[Person]) -> list[Person]:
    """The persons of a merged mention that an event's persons ``have`` lack (a title
    already there with a name is not added again without one)."""
    known = {(ep.name, ep.role, ep.country) for ep in have}
    named = {(role, country) for name, role, country in known if name}
    added = []
    for p in persons:
        if (p.name, p.role, p.country) in known:
            continue
        if p.name is None and (p.role, p.country) in named:
            continue
        known.add((p.name, p.role, p.country))
        added.append(p)
    return added


def add_persons(event: Event, persons: list[Person]) -> list[EventPerson]:
    """Add the persons of a merged mention that the event does not have yet."""
    added = [EventPerson(name=p.name, role=p.role, country=p.country)
             for p in missing_persons(event.persons, persons)]
    event.persons.extend(added)
    return added


def measures_to_json(measures: list[Quantity]) -> list[dict[str, Any]] | None:
    """A record's measures as stored (``None`` when there are none)."""
    return [m.to_dict() for m in measures] or None


def measures_from_json(value: Any) -> list[Quantity]:
    """Stored measures back as quantities (whole numbers as ``int``)."""
    return [Quantity(_number(m.get("value")) or 0, m.get("qualifier") or "exactly",
                     m.get("unit")) for m in value or [] if m.get("value") is not None]


def event_id_str(event_id: int) -> str:
    return f"ev-{event_id}"


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def event_to_record(event: Event, *, source: Source | None = None) -> Record:
    """The event as an interchange record (``source``: its first mention)."""
    frm = [p.code for p in event.participants if p.kind == "country" and p.side == "from"]
    to = [p.code for p in event.participants if p.kind == "country" and p.side == "to"]
    orgs = [p.code for p in event.participants if p.kind == "org"]
    persons = [Person(ep.name or (ep.person.name if ep.person else None), ep.role, ep.country)
               for ep in event.persons]
    qty = None
    if event.quantity_value is not None:
        qty = Quantity(_number(event.quantity_value) or 0, event.quantity_qualifier or "exactly",
                       event.quantity_unit)
    if source is None and event.mentions:
        source = mention_source(event.mentions[0])
    return Record(
        id=event_id_str(event.id),
        type=event.type,
        date=DateSpan(event.date_start, event.date_end),
        from_=frm,
        to=to,
        organizations=orgs,
        persons=persons,
        place=Place(event.place_country, event.place_city),
        title=event.title,
        quantity=qty,
        optional=bool(event.optional),
        source=source,
        confidence=event.confidence,
        measures=measures_from_json(event.measures),
    )


def mention_source(mention: Any) -> Source | None:
    """A mention's provenance as an interchange ``source``."""
    if mention.document is not None:
        doc = mention.document.name
    else:
        src = (mention.record or {}).get("source")
        if not src:
            return None
        doc = src.get("doc") or ""
    return Source(doc, mention.start or 0, mention.end or 0, mention.text or "")
