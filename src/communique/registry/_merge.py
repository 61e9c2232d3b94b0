"""One event per real event: does a new record join an existing event?

A record joins an event when they agree on

- type;
- the country set of both sides (``AZE+TUR``), and, for types about an
  organisation (multilateral, resolution, election, chairmanship) or when
  both name organisations, the organisations;
- titles (agreements, resolutions) and counted quantities, when both give one;
- dates: the same day or overlapping day ranges; a coarser mention (year or
  month) joins a finer event only when exactly one event fits in its
  period; a finer mention joins a coarser event only when exactly one fits,
  and then the event takes the finer date;

and the event has no mention from the same document yet (a document's
records are distinct occasions by construction). Two visits on two days
never merge. Rejected events and events merged into others are not
candidates. The reason is written on the mention.

Two rules go beyond equal dates:

- a chairmanship is a *period* held by one country: a mention of the same
  chair (holder and organisation) in a year the period covers joins it,
  from any document ("as GUAM chair, Georgia convened ..." in September
  joins "Since 1 January, Georgia has held the chairmanship");
- an embassy opening, an election or a resolution is reported on the day
  and again a day or two later ("has opened", "yesterday ... adopted"): a
  mention of another document dated within :data:`NEAR_DAYS` days of
  exactly one such event joins it (a resolution reported without its
  sponsor matches one with it), and the event keeps the earlier day.

The rules are one pure function, :func:`decide`, over candidate events held
in memory (any objects with the event's columns: ORM events here, the bulk
writer's rows in :mod:`communique.services`). :func:`candidate_window` says
which events can be candidates for a record (type, country set, a range of
days), so that one query can fetch the candidates of a single record
(:func:`find_match`) or of a whole batch of records.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import RowMapping, and_, or_, select, text
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.elements import ColumnElement

from ..model import Record
from ._convert import RANK, country_key, date_bounds, org_key
from ._models import Event, Mention

__all__ = ["ORG_TYPES", "PERIOD_TYPES", "NEAR_TYPES", "NEAR_DAYS", "MergeMatch", "Window",
           "candidate_rows", "candidate_window", "window_clause", "decide", "find_match"]

ORG_TYPES = frozenset({"multilateral", "resolution", "election", "chairmanship"})
TITLED_TYPES = frozenset({"agreement", "resolution"})
#: held for a period by one holder: mentions of the same holder join the period
PERIOD_TYPES = frozenset({"chairmanship"})
#: one-off facts reported again a day or two later by another document
NEAR_TYPES = frozenset({"mission", "election", "resolution"})
NEAR_DAYS = 2


#: an event as the rules read it: any object with the columns of :class:`Event` that
#: they compare (type, country_key, org_key, precision, date_lo/hi, date_start/end, title,
#: quantity_value/unit, status, merged_into_id)
E = TypeVar("E")


@dataclass(frozen=True)
class MergeMatch(Generic[E]):
    event: E
    reason: str
    refine_date: bool = False


@dataclass(frozen=True)
class Window:
    """The events that may be candidates for a record: of ``type`` and the country set
    ``country_key`` (None: any, for a resolution named by its organisations), not
    merged away nor rejected, with days meeting [``first``, ``last``]."""

    type: str
    country_key: str | None
    first: str
    last: str


@dataclass(frozen=True)
class _Keys:
    ckey: str
    okey: str
    precision: str
    lo: str
    hi: str


def _keys(rec: Record) -> _Keys | None:
    try:
        precision, lo, hi = date_bounds(rec.date.start, rec.date.end)
    except ValueError:
        return None
    ckey, okey = country_key(rec), org_key(rec)
    if precision is None or lo is None or hi is None or not (ckey or okey):
        return None  # undated or about no one: cannot tell occasions apart
    return _Keys(ckey, okey, precision, lo, hi)


def _day(value: str) -> date:
    return date.fromisoformat(value)


def _year_span(lo: str, hi: str) -> tuple[str, str]:
    return f"{lo[:4]}-01-01", f"{hi[:4]}-12-31"


def _near_span(lo: str, hi: str) -> tuple[str, str]:
    span = timedelta(days=NEAR_DAYS)
    return (_day(lo) - span).isoformat(), (_day(hi) + span).isoformat()


def candidate_window(rec: Record) -> Window | None:
    """Where ``rec``'s candidates lie (every rule's), or None when it never merges."""
    k = _keys(rec)
    if k is None:
        return None
    if rec.type in PERIOD_TYPES and k.okey:
        first, last = _year_span(k.lo, k.hi)
        return Window(rec.type, k.ckey, first, last)
    if rec.type in NEAR_TYPES and k.precision == "day":
        first, last = _near_span(k.lo, k.hi)
        anyone = rec.type == "resolution" and bool(k.okey)
        return Window(rec.type, None if anyone else k.ckey, first, last)
    return Window(rec.type, k.ckey, k.lo, k.hi)


def window_clause(windows: Iterable[Window]) -> ColumnElement[bool]:
    """The SQL condition selecting the candidates of every window given (any of them)."""
    terms = []
    for w in windows:
        where = [Event.type == w.type, Event.date_lo <= w.last, Event.date_hi >= w.first]
        if w.country_key is not None:
            where.append(Event.country_key == w.country_key)
        terms.append(and_(*where))
    return and_(Event.merged_into_id.is_(None), Event.status != "rejected", or_(*terms))


_KEYED = {
    # one statement for any number of windows: the planner walks the windows and looks
    # each one up in ix_events_merge_key (type, country_key, date_lo)
    "sqlite": ("SELECT {cols} FROM json_each(:w) AS w CROSS JOIN events AS e "
               "ON e.type = json_extract(w.value, '$[0]') "
               "AND e.country_key = json_extract(w.value, '$[1]') "
               "AND e.date_lo <= json_extract(w.value, '$[3]') "
               "AND e.date_hi >= json_extract(w.value, '$[2]') "
               "WHERE e.merged_into_id IS NULL AND e.status != 'rejected'"),
    "postgresql": ("SELECT {cols} FROM jsonb_to_recordset(CAST(:w AS jsonb)) "
                   "AS w(t text, k text, f text, l text) JOIN events AS e "
                   "ON e.type = w.t AND e.country_key = w.k AND e.date_lo <= w.l "
                   "AND e.date_hi >= w.f "
                   "WHERE e.merged_into_id IS NULL AND e.status != 'rejected'"),
}


def candidate_rows(session: Session, windows: Iterable[Window],
                   columns: Sequence[str]) -> list[RowMapping]:
    """The ``columns`` of every event that is a candidate in one of ``windows`` (each event
    once), in few statements: one for the windows with a country set (SQLite and
    PostgreSQL), one for those without."""
    merged: dict[tuple[str, str | None], Window] = {}
    for w in windows:  # one window per (type, country set), covering the others
        have = merged.get((w.type, w.country_key))
        merged[(w.type, w.country_key)] = w if have is None else Window(
            w.type, w.country_key, min(have.first, w.first), max(have.last, w.last))
    keyed = [w for w in merged.values() if w.country_key is not None]
    anyone = [w for w in merged.values() if w.country_key is None]
    dialect = session.get_bind().dialect.name
    found: dict[int, RowMapping] = {}
    statements: list[tuple[Any, dict[str, Any]]] = []
    table = Event.__table__
    if keyed and dialect in _KEYED:
        cols = ", ".join(f"e.{c}" for c in columns)
        typed = text(_KEYED[dialect].format(cols=cols)).columns(  # JSON columns decoded
            *(table.c[c] for c in columns))
        statements.append((typed, {"w": json.dumps(
            [[w.type, w.country_key, w.first, w.last] for w in keyed] if dialect == "sqlite"
            else [{"t": w.type, "k": w.country_key, "f": w.first, "l": w.last}
                  for w in keyed])}))
    else:
        anyone += keyed
    for part in range(0, len(anyone), 100):
        statements.append((select(*(table.c[c] for c in columns))
                           .where(window_clause(anyone[part:part + 100])), {}))
    for stmt, params in statements:
        for row in session.execute(stmt, params).mappings():
            found.setdefault(row["id"], row)
    return [found[k] for k in sorted(found)]


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _compatible(event: Any, rec: Record, okey: str) -> bool:
    if (rec.type in ORG_TYPES or (okey and event.org_key)) and okey != event.org_key:
        return False
    if rec.type in TITLED_TYPES and rec.title and event.title \
            and _norm(rec.title) != _norm(event.title):
        return False
    q = rec.quantity
    if q is not None and event.quantity_value is not None:
        if float(q.value) != event.quantity_value or _norm(q.unit) != _norm(event.quantity_unit):
            return False
    return True


def _describe_date(start: str | None, end: str | None) -> str:
    return f"{start}..{end}" if end else str(start)


def _meets(e: Any, first: str, last: str) -> bool:
    """SQL's ``date_lo <= last AND date_hi >= first`` (false when a bound is null)."""
    return e.date_lo is not None and e.date_hi is not None \
        and e.date_lo <= last and e.date_hi >= first


def decide(rec: Record, candidates: Iterable[E], *, document_id: Hashable | None = None,
           exclude: Collection[int] | None = None,
           documents: Callable[[E], Collection[Hashable]] | None = None
           ) -> MergeMatch[E] | None:
    """The event of ``candidates`` that ``rec`` should join, with the reason, or None for a
    new event. A pure function: ``candidates`` may be any superset of the record's window
    (:func:`candidate_window`); ``documents(e)`` gives the documents with a mention of
    ``e`` (it joins no event its own document reports already); events whose ``id``
    is in ``exclude`` are no candidates."""
    k = _keys(rec)
    if k is None:
        return None
    skip = exclude or ()
    items: Iterable[Any] = candidates
    pool: list[Any] = [e for e in items
                       if e.type == rec.type and e.merged_into_id is None
                       and e.status != "rejected" and getattr(e, "id", None) not in skip]

    def fresh(e: Any) -> bool:  # no mention from this document yet
        return document_id is None or documents is None or document_id not in documents(e)

    if rec.type in PERIOD_TYPES and k.okey:
        return _period_match(rec, k, pool)
    match = _same_dates(rec, k, [e for e in pool if e.country_key == k.ckey
                                 and _meets(e, k.lo, k.hi) and _compatible(e, rec, k.okey)
                                 and fresh(e)])
    if match is None and rec.type in NEAR_TYPES and k.precision == "day":
        match = _near_match(rec, k, [e for e in pool if fresh(e)])
    return match


def _period_match(rec: Record, k: _Keys, pool: list[Any]) -> MergeMatch[Any] | None:
    """The one chairmanship of the same holder and organisation whose years meet ``rec``'s."""
    first, last = _year_span(k.lo, k.hi)
    events = [e for e in pool if e.country_key == k.ckey and e.org_key == k.okey
              and _meets(e, first, last)]
    if len(events) != 1:
        return None
    e = events[0]
    holder = k.ckey or "its holder"
    widen = (k.precision == "day" and k.lo <= (e.date_lo or "")
             and (e.date_hi or "") <= k.hi and (k.lo, k.hi) != (e.date_lo, e.date_hi))
    return MergeMatch(e, f"same chairmanship of {k.okey} held by {holder}: one period "
                         f"({_describe_date(e.date_start, e.date_end)}), mentioned again",
                      refine_date=widen)


def _near_match(rec: Record, k: _Keys, pool: list[Any]) -> MergeMatch[Any] | None:
    """The one event of the same kind a day or two away, reported by another document."""
    first, last = _near_span(k.lo, k.hi)
    anyone = rec.type == "resolution" and bool(k.okey)
    events = [e for e in pool
              if e.precision == "day" and _meets(e, first, last)
              and (anyone or e.country_key == k.ckey) and _compatible(e, rec, k.okey)
              and (e.country_key == k.ckey or not e.country_key or not k.ckey)]
    if len(events) != 1:
        return None
    e = events[0]
    lo = k.lo
    gap = abs((_day(e.date_lo or lo) - _day(lo)).days)
    who = f"countries {k.ckey}" if k.ckey else f"organisations {k.okey.replace('+', ', ')}"
    when = (f"the same day {lo}" if gap == 0 else
            f"dates {e.date_start} and {rec.date.start}, {gap} day(s) apart")
    return MergeMatch(e, f"same type ({rec.type}), {who}, {when}: one {rec.type} reported "
                         "by two documents; the event keeps the earlier day",
                      refine_date=lo < (e.date_lo or lo))


def _same_dates(rec: Record, k: _Keys, events: list[Any]) -> MergeMatch[Any] | None:
    if not events:
        return None
    precision, lo, hi = k.precision, k.lo, k.hi
    who = f"countries {k.ckey}" if k.ckey else f"organisations {k.okey.replace('+', ', ')}"
    base = f"same type ({rec.type}), {who}"
    rank = RANK[precision]
    same = [e for e in events if e.precision == precision]
    if precision == "day":
        exact = [e for e in same if e.date_lo == lo and e.date_hi == hi]
        pick = exact if len(exact) == 1 else same
        if len(pick) == 1:
            e = pick[0]
            how = "date" if pick is exact else "overlapping dates"
            return MergeMatch(e, f"{base}, {how} {_describe_date(e.date_start, e.date_end)}")
        if len(same) > 1:
            return None  # several distinct occasions overlap: do not guess
    else:
        exact = [e for e in same if e.date_lo == lo and e.date_hi == hi]
        if len(exact) == 1:
            e = exact[0]
            return MergeMatch(e, f"{base}, {precision} {e.date_start}, the only such event")
        if len(exact) > 1:
            return None
    finer = [e for e in events
             if RANK.get(e.precision or "", 0) > rank and lo <= (e.date_lo or "")
             and (e.date_hi or "") <= hi]
    coarser = [e for e in events
               if RANK.get(e.precision or "", 0) < rank and (e.date_lo or "") <= lo
               and hi <= (e.date_hi or "")]
    if finer and not coarser:
        if len(finer) == 1:
            e = finer[0]
            return MergeMatch(e, f"{base}, {precision}-precision date {rec.date.start} fits only "
                                 f"the event of {_describe_date(e.date_start, e.date_end)}")
        return None
    if coarser and not finer:
        if len(coarser) == 1:
            e = coarser[0]
            return MergeMatch(e, f"{base}, date {_describe_date(rec.date.start, rec.date.end)} "
                                 f"falls in the only event of {e.date_start}; the event takes "
                                 "the finer date", refine_date=True)
    return None


def find_match(session: Session, rec: Record, *, document_id: int | None = None,
               exclude: set[int] | None = None) -> MergeMatch[Event] | None:
    """The event ``rec`` should join, with the reason, or None for a new event: its
    candidates in one query, then :func:`decide`."""
    window = candidate_window(rec)
    if window is None:
        return None
    query = select(Event).where(window_clause([window])).order_by(Event.id)
    if document_id is not None:
        query = query.options(selectinload(Event.mentions).load_only(Mention.document_id))
    events = list(session.scalars(query))
    return decide(rec, events, document_id=document_id, exclude=exclude,
                  documents=lambda e: {m.document_id for m in e.mentions})
