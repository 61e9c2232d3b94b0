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
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..model import Record
from ._convert import RANK, country_key, date_bounds, org_key
from ._models import Event, Mention

__all__ = ["ORG_TYPES", "MergeMatch", "find_match"]

ORG_TYPES = frozenset({"multilateral", "resolution", "election", "chairmanship"})
TITLED_TYPES = frozenset({"agreement", "resolution"})


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
