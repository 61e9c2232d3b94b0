"""Query the registry: event lists with filters, one event in full, dossiers.

    list_events(reg, EventFilter(countries=["AZE"], types=["visit"]), limit=50)
    get_event(reg, 42)           -> EventDetail (every mention and why it merged)
    dossier(reg, "AZE", 2021)    -> Dossier (events grouped by type, in date order)
    iter_events(reg, flt)        -> every matching event, in chunks (exports)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import selectinload

from ..errors import NotFound, UsageError
from ..model import EVENT_TYPES
from ..registry import (
    STATUSES,
    AuditEntry,
    Event,
    EventParticipant,
    EventPerson,
    Mention,
    Person,
    Registry,
    parse_partial_date,
)
from ..registry import first_day as _lo
from ..registry import last_day as _hi
from ..validation import MAX_FILTER_TEXT, check_id, check_page, check_text, check_year
from ._views import EVENT_COLUMNS, EventView, load_views

__all__ = ["EventFilter", "EventView", "MentionView", "EventDetail", "Dossier", "list_events",
           "snapshot_changes",
           "count_events", "get_event", "dossier", "iter_events", "DEFAULT_STATUSES",
           "resolve_country", "check_year"]

#: what lists and exports show unless a status is asked for
DEFAULT_STATUSES: tuple[str, ...] = ("candidate", "accepted")


@dataclass
class EventFilter:
    """Filters shared by ``events list``, ``review list``, ``export`` and ``dossier``.

    Several countries (or organisations) must all take part; dates select
    events that start within [from_date, to_date] (partial dates allowed:
    ``2021`` is the whole year; an event dated only ``2021`` starts on its
    first day).
    """

    types: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    person: str | None = None
    from_date: str | None = None
    to_date: str | None = None
    statuses: list[str] = field(default_factory=list)
    text: str | None = None
    ids: list[int] = field(default_factory=list)

    def check(self) -> None:
        """UsageError for a filter no query should run with (unknown type or status, a
        bad date, NUL, over-long text, ids out of range)."""
        for what, values in (("--type", self.types), ("--country", self.countries),
                             ("--org", self.orgs), ("--status", self.statuses)):
            for v in values:
                check_text(v, what, 40)
        for what, value in (("--person", self.person), ("--text", self.text),
                            ("--from-date", self.from_date), ("--to-date", self.to_date)):
            check_text(value, what, MAX_FILTER_TEXT)
        for i in self.ids:
            check_id(i, "event")
        for t in self.types:
            if t not in EVENT_TYPES:
                raise UsageError(f"unknown type {t!r}; use one of {', '.join(EVENT_TYPES)}")
        for s in self.statuses:
            if s not in STATUSES:
                raise UsageError(f"unknown status {s!r}; use one of {', '.join(STATUSES)}")
        for d in (self.from_date, self.to_date):
            if d:
                try:
                    parse_partial_date(d)
                except ValueError as exc:
                    raise UsageError(f"{exc}; give dates as YYYY, YYYY-MM or YYYY-MM-DD")\
                        from None

    def where(self) -> list[Any]:
        self.check()
        # coalesce: "not merged" holds for nearly every row, so no index should serve it
        clauses: list[Any] = [Event.merged_into_id.is_(None)]
        clauses.append(Event.status.in_(self.statuses or DEFAULT_STATUSES))
        if self.ids:
            clauses.append(Event.id.in_(self.ids))
        if self.types:
            clauses.append(Event.type.in_(self.types))
        lo = _lo(self.from_date) if self.from_date else None
        hi = _hi(self.to_date) if self.to_date else None
        dated: list[Any] = []
        if lo:
            dated.append(EventParticipant.date_lo >= lo)
            clauses.append(Event.date_lo >= lo)
        if hi:
            dated.append(EventParticipant.date_lo <= hi)
            clauses.append(Event.date_lo <= hi)
        for code in self.countries:
            clauses.append(Event.id.in_(select(EventParticipant.event_id).where(
                EventParticipant.code == code.upper(), EventParticipant.kind == "country",
                *dated)))
        for org in self.orgs:
            clauses.append(Event.id.in_(select(EventParticipant.event_id).where(
                EventParticipant.code.in_(sorted({org, org.upper()})),
                EventParticipant.kind == "org", *dated)))
        if self.person:
            like = f"%{self.person.lower()}%"
            clauses.append(exists(
                select(EventPerson.id)
                .outerjoin(Person, EventPerson.person_id == Person.id)
                .where(EventPerson.event_id == Event.id,
                       or_(func.lower(EventPerson.name).like(like),
                           func.lower(Person.name).like(like)))))
        if self.text:
            like = f"%{self.text.lower()}%"
            clauses.append(or_(
                func.lower(Event.title).like(like),
                exists(select(Mention.id).where(Mention.event_id == Event.id,
                                                func.lower(Mention.text).like(like)))))
        return clauses


def _select(flt: EventFilter) -> Select[Any]:
    return select(*EVENT_COLUMNS).where(*flt.where())


def list_events(registry: Registry, flt: EventFilter | None = None, *, limit: int | None = None,
                offset: int = 0, count_mentions: bool = True,
                sources: bool = True, order_by: Sequence[Any] = ()) -> list[EventView]:
    """Events matching ``flt`` in date order (or ``order_by``'s), a page at a time
    (undated events sort first on SQLite, last on PostgreSQL)."""
    flt = flt or EventFilter()
    check_page(limit, offset)
    query = _select(flt).order_by(*(order_by or (Event.date_lo, Event.id)))
    if limit is not None:
        query = query.limit(limit)
    if offset:
        query = query.offset(offset)
    with registry.read() as session:
        rows = session.connection().execute(query).all()
        return load_views(session, rows, count_mentions=count_mentions, sources=sources)


def count_events(registry: Registry, flt: EventFilter | None = None) -> int:
    flt = flt or EventFilter()
    with registry.read() as session:
        return int(session.scalar(select(func.count()).select_from(Event)
                                  .where(*flt.where())) or 0)


def iter_events(registry: Registry, flt: EventFilter | None = None, *,
                chunk: int = 20000, sources: bool = True) -> Iterator[EventView]:
    """Every matching event in id order, read in chunks (for exports)."""
    flt = flt or EventFilter()
    last = 0
    with registry.read() as session:
        while True:
            rows = session.connection().execute(_select(flt).where(Event.id > last)
                                                .order_by(Event.id).limit(chunk)).all()
            if not rows:
                return
            yield from load_views(session, rows, sources=sources)
            last = rows[-1].id


@dataclass
class MentionView:
    id: int
    document: str | None
    document_id: int | None
    start: int | None
    end: int | None
    text: str | None
    merge_reason: str | None
    created_at: datetime
    record: dict[str, Any]
    moved_from_event_id: int | None = None


@dataclass
class EventDetail:
    view: EventView
    mentions: list[MentionView]
    merged_from: list[int]
    merged_into: int | None
    history: list[dict[str, Any]]


def get_event(registry: Registry, event_id: int) -> EventDetail:
    """One event with every mention, why each merged, and its audit history."""
    check_id(event_id, "event")
    with registry.read() as session:
        event = session.get(Event, event_id, options=[
            selectinload(Event.mentions).selectinload(Mention.document)])
        if event is None:
            raise NotFound(f"no event {event_id}; list events with `communique events list`")
        row = session.execute(select(*EVENT_COLUMNS).where(Event.id == event_id)).one()
        view = load_views(session, [row], count_mentions=True)[0]
        mentions = [MentionView(m.id, m.document.name if m.document else None, m.document_id,
                                m.start, m.end, m.text, m.merge_reason, m.created_at,
                                dict(m.record or {}), m.moved_from_event_id)
                    for m in event.mentions]
        merged_from = list(session.scalars(select(Event.id).where(
            Event.merged_into_id == event_id).order_by(Event.id)))
        history = [{"at": a.at.isoformat(timespec="seconds"), "who": a.who, "action": a.action,
                    "note": a.note, "changes": snapshot_changes(a.before, a.after)}
                   for a in session.scalars(select(AuditEntry).where(
                       AuditEntry.entity == "event", AuditEntry.entity_id == event_id)
                       .order_by(AuditEntry.id))]
        if event.merged_into_id is not None:
            view.status = f"merged into #{event.merged_into_id}"
        return EventDetail(view, mentions, merged_from, event.merged_into_id, history)


def _flat(snapshot: dict[str, Any] | None) -> dict[str, Any]:
    """An audit snapshot as field -> value (dates, sides, place, quantity spelled out)."""
    if not snapshot:
        return {}
    rec = dict(snapshot.get("record") or {})
    date = rec.pop("date", None) or {}
    sides = rec.pop("countries", None) or {}
    place = rec.pop("place", None) or {}
    qty = rec.pop("quantity", None) or {}
    rec.pop("id", None)
    out: dict[str, Any] = {
        "date_start": date.get("start"), "date_end": date.get("end"),
        "from": sides.get("from") or [], "to": sides.get("to") or [],
        "place_country": place.get("country"), "place_city": place.get("city"),
        "quantity": (f"{qty.get('qualifier', '')} {qty.get('value')} {qty.get('unit') or ''}"
                     .strip() if qty else None)}
    out.update(rec)
    for key in ("status", "merged_into", "mentions"):
        out[key] = snapshot.get(key)
    return out


def snapshot_changes(before: dict[str, Any] | None,
                     after: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Every field an audit entry changed: ``{"field", "before", "after"}`` (the version,
    which every change bumps, left out)."""
    b, a = _flat(before), _flat(after)
    return [{"field": k, "before": b.get(k), "after": a.get(k)}
            for k in dict.fromkeys([*b, *a]) if b.get(k) != a.get(k) and (b or a.get(k))]


@dataclass
class Dossier:
    country: str
    year: int | None
    groups: dict[str, list[EventView]]
    #: events of each type in all (more than ``groups`` shows when it was paged)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values()) if self.counts else \
            sum(len(v) for v in self.groups.values())

    def more(self, typ: str) -> int:
        """How many events of ``typ`` the dossier holds beyond those it shows."""
        return self.counts.get(typ, 0) - len(self.groups.get(typ, ()))


def resolve_country(code_or_name: str) -> str:
    """The alpha-3 code for a code, name, alias or adjective, as the web's dossier
    search reads it ("Hungary", "hun", "Hungarian" -> "HUN"); UsageError otherwise."""
    from ..reference import country as find_country

    found = find_country(code_or_name.strip()) if code_or_name.strip() else None
    if found is None:
        raise UsageError(f"{code_or_name!r} is not a country we know: give an ISO 3166-1 "
                         "alpha-3 code (HUN) or an English name (Hungary)")
    return found.iso3


def dossier(registry: Registry, country: str, year: int | None = None, *,
            statuses: Sequence[str] = (), per_type: int | None = None) -> Dossier:
    """Every event with ``country`` (in ``year``), grouped by type, in date order.

    ``per_type``: at most that many events of each type (the first by date), with
    every type's full count in ``counts`` (a page for a busy country-year: one
    count query and one short query per type, instead of every record built).
    ``country`` is a code or a name (:func:`resolve_country`); an unknown one, or a
    year that is not four digits, is a UsageError."""
    code = resolve_country(country)
    check_year(year)
    flt = EventFilter(countries=[code], statuses=list(statuses))
    if year is not None:
        flt.from_date = flt.to_date = f"{year:04d}"
    groups: dict[str, list[EventView]] = {}
    if per_type is None:
        events = list_events(registry, flt, count_mentions=False)
        for t in EVENT_TYPES:
            members = [e for e in events if e.record.type == t]
            if members:
                groups[t] = members
        return Dossier(code, year, groups, {t: len(v) for t, v in groups.items()})
    check_page(per_type, 0)
    with registry.read() as session:  # ids and types only: cheap even for thousands
        found = session.execute(select(Event.id, Event.type).where(*flt.where())
                                .order_by(Event.date_lo, Event.id)).all()
    counts: dict[str, int] = {}
    shown: list[int] = []
    for event_id, typ in found:
        counts[typ] = counts.get(typ, 0) + 1
        if counts[typ] <= per_type:
            shown.append(event_id)
    views = list_events(registry, replace(flt, ids=shown), count_mentions=False) \
        if shown else []
    for t in EVENT_TYPES:
        members = [v for v in views if v.record.type == t]
        if members:
            groups[t] = members
    return Dossier(code, year, groups, {t: counts[t] for t in groups})
