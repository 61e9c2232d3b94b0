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
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..model import Record
from ._convert import RANK, country_key, date_bounds, org_key
from ._models import Event, Mention

__all__ = ["ORG_TYPES", "PERIOD_TYPES", "NEAR_TYPES", "NEAR_DAYS", "MergeMatch", "find_match"]

ORG_TYPES = frozenset({"multilateral", "resolution", "election", "chairmanship"})
TITLED_TYPES = frozenset({"agreement", "resolution"})
#: held for a period by one holder: mentions of the same holder join the period
PERIOD_TYPES = frozenset({"chairmanship"})
#: one-off facts reported again a day or two later by another document
NEAR_TYPES = frozenset({"mission", "election", "resolution"})
NEAR_DAYS = 2


@dataclass(frozen=True)
class MergeMatch:
    event: Event
    reason: str
    refine_date: bool = False


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _compatible(event: Event, rec: Record, okey: str) -> bool:
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


def find_match(session: Session, rec: Record, *, document_id: int | None = None,
               exclude: set[int] | None = None) -> MergeMatch | None:
    """The event ``rec`` should join, with the reason, or None for a new event."""
    try:
        precision, lo, hi = date_bounds(rec.date.start, rec.date.end)
    except ValueError:
        return None
    ckey, okey = country_key(rec), org_key(rec)
    if precision is None or lo is None or hi is None or not (ckey or okey):
        return None  # undated or about no one: cannot tell occasions apart
    if rec.type in PERIOD_TYPES and okey:
        return _period_match(session, rec, ckey, okey, precision, lo, hi, exclude or set())
    match = _same_dates(session, rec, ckey, okey, precision, lo, hi, document_id, exclude)
    if match is None and rec.type in NEAR_TYPES and precision == "day":
        match = _near_match(session, rec, ckey, okey, lo, hi, document_id, exclude or set())
    return match


def _period_match(session: Session, rec: Record, ckey: str, okey: str, precision: str,
                  lo: str, hi: str, exclude: set[int]) -> MergeMatch | None:
    """The one chairmanship of the same holder and organisation whose years meet ``rec``'s."""
    first, last = f"{lo[:4]}-01-01", f"{hi[:4]}-12-31"
    query = (select(Event)
             .where(Event.type == rec.type, Event.country_key == ckey, Event.org_key == okey,
                    Event.merged_into_id.is_(None), Event.status != "rejected",
                    Event.date_lo <= last, Event.date_hi >= first)
             .order_by(Event.id))
    events = [e for e in session.scalars(query) if e.id not in exclude]
    if len(events) != 1:
        return None
    e = events[0]
    holder = ckey or "its holder"
    widen = (precision == "day" and lo <= (e.date_lo or "")
             and (e.date_hi or "") <= hi and (lo, hi) != (e.date_lo, e.date_hi))
    return MergeMatch(e, f"same chairmanship of {okey} held by {holder}: one period "
                         f"({_describe_date(e.date_start, e.date_end)}), mentioned again",
                      refine_date=widen)


def _day(value: str) -> date:
    return date.fromisoformat(value)


def _near_match(session: Session, rec: Record, ckey: str, okey: str, lo: str, hi: str,
                document_id: int | None, exclude: set[int]) -> MergeMatch | None:
    """The one event of the same kind a day or two away, reported by another document."""
    span = timedelta(days=NEAR_DAYS)
    first, last = (_day(lo) - span).isoformat(), (_day(hi) + span).isoformat()
    where = [Event.type == rec.type, Event.merged_into_id.is_(None), Event.status != "rejected",
             Event.precision == "day", Event.date_lo <= last, Event.date_hi >= first]
    if rec.type != "resolution" or not okey:
        where.append(Event.country_key == ckey)
    query = (select(Event).where(*where)
             .options(selectinload(Event.mentions).load_only(Mention.document_id))
             .order_by(Event.id))
    events = [e for e in session.scalars(query)
              if e.id not in exclude and _compatible(e, rec, okey)
              and (e.country_key == ckey or not e.country_key or not ckey)
              and (document_id is None
                   or all(m.document_id != document_id for m in e.mentions))]
    if len(events) != 1:
        return None
    e = events[0]
    gap = abs((_day(e.date_lo or lo) - _day(lo)).days)
    who = f"countries {ckey}" if ckey else f"organisations {okey.replace('+', ', ')}"
    when = (f"the same day {lo}" if gap == 0 else
            f"dates {e.date_start} and {rec.date.start}, {gap} day(s) apart")
    return MergeMatch(e, f"same type ({rec.type}), {who}, {when}: one {rec.type} reported "
                         "by two documents; the event keeps the earlier day",
                      refine_date=lo < (e.date_lo or lo))


def _same_dates(session: Session, rec: Record, ckey: str, okey: str, precision: str, lo: str,
                hi: str, document_id: int | None, exclude: set[int] | None) -> MergeMatch | None:
    query = (
        select(Event)
        .where(Event.type == rec.type, Event.country_key == ckey,
               Event.merged_into_id.is_(None), Event.status != "rejected",
               Event.date_lo <= hi, Event.date_hi >= lo)
        .options(selectinload(Event.mentions).load_only(Mention.document_id))
        .order_by(Event.id)
    )
    events = [e for e in session.scalars(query)
              if _compatible(e, rec, okey) and e.id not in (exclude or set())
              and (document_id is None
                   or all(m.document_id != document_id for m in e.mentions))]
    if not events:
        return None
    who = f"countries {ckey}" if ckey else f"organisations {okey.replace('+', ', ')}"
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
