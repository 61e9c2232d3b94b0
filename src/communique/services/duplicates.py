"""Possible duplicates: pairs of events that may be one real event, for a reviewer.

The merge rule at ingest (:mod:`communique.registry`) joins what it can be
sure of; this queue proposes what it cannot: two live events of the same
type with the same countries (or the same organisation when one names no
country), from different documents, dated within a few days of each other
or one inside the other's period. Each pair comes with its evidence (type,
countries, dates and the days between them, titles, how alike the
supporting sentences are) and a score. The reviewer merges them
(:func:`communique.services.review.merge`) or keeps them apart
(:func:`keep_apart`, remembered: the pair is not proposed again).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import or_, select

from ..errors import NotFound, UsageError
from ..registry import Event, KeptApart, Mention, Registry, audit, current_user
from .query import EventFilter, EventView, list_events

__all__ = ["DuplicatePair", "possible_duplicates", "keep_apart", "DEFAULT_DAYS"]

#: how many days apart two events may start and still be proposed
DEFAULT_DAYS = 3
#: how alike the sentences must be when one event is dated only by month or year
COARSE_LIKENESS = 0.35
#: figures are quoted as stated, never counted: no duplicates to weigh
_SKIP_TYPES = frozenset({"figure"})
_WORD = re.compile(r"\w+")


@dataclass
class DuplicatePair:
    """Two events that may be one, with the evidence a reviewer weighs."""

    a: EventView
    b: EventView
    days_apart: int
    likeness: float
    evidence: list[str] = field(default_factory=list)
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a.id, "b": self.b.id, "type": self.a.record.type,
                "days_apart": self.days_apart, "likeness": round(self.likeness, 2),
                "score": round(self.score, 2), "evidence": self.evidence,
                "a_record": self.a.to_dict(), "b_record": self.b.to_dict()}


@dataclass
class _Row:
    id: int
    type: str
    ckey: str
    okey: str
    lo: date
    hi: date
    precision: str | None
    title: str | None
    docs: set[int]


def _likeness(a: str, b: str) -> float:
    wa, wb = _WORD.findall(a.lower()), _WORD.findall(b.lower())
    if not wa or not wb:
        return 0.0
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def _gap(x: _Row, y: _Row) -> int:
    """Days between two periods (0 when they overlap)."""
    if x.hi < y.lo:
        return (y.lo - x.hi).days
    if y.hi < x.lo:
        return (x.lo - y.hi).days
    return 0


def _kept(registry: Registry, ids: Iterable[int]) -> set[tuple[int, int]]:
    wanted = sorted(set(ids))
    out: set[tuple[int, int]] = set()
    with registry.read() as session:
        for i in range(0, len(wanted), 900):
            chunk = wanted[i:i + 900]
            out |= {(a, b) for a, b in session.execute(
                select(KeptApart.event_a, KeptApart.event_b).where(
                    or_(KeptApart.event_a.in_(chunk), KeptApart.event_b.in_(chunk))))}
    return out


def _rows(registry: Registry, ids: list[int]) -> list[_Row]:
    docs: dict[int, set[int]] = defaultdict(set)
    out = []
    with registry.read() as session:
        for i in range(0, len(ids), 900):
            chunk = ids[i:i + 900]
            for eid, doc in session.execute(select(Mention.event_id, Mention.document_id)
                                            .where(Mention.event_id.in_(chunk))):
                if doc is not None:
                    docs[eid].add(doc)
            for e in session.execute(select(
                    Event.id, Event.type, Event.country_key, Event.org_key, Event.date_lo,
                    Event.date_hi, Event.precision, Event.title).where(Event.id.in_(chunk))):
                if e.date_lo and e.date_hi:
                    out.append(_Row(e.id, e.type, e.country_key, e.org_key,
                                    date.fromisoformat(e.date_lo), date.fromisoformat(e.date_hi),
                                    e.precision, e.title, docs[e.id]))
    return out


def _same_parties(x: _Row, y: _Row) -> bool:
    if "+" not in x.ckey and not x.okey:
        return False  # the issuer alone: nothing tells two such events apart
    if x.ckey and y.ckey:
        return x.ckey == y.ckey and (not x.okey or not y.okey or x.okey == y.okey)
    return bool(x.okey) and x.okey == y.okey  # one names no country: the organisation


def possible_duplicates(registry: Registry, flt: EventFilter | None = None, *,
                        days: int = DEFAULT_DAYS, limit: int | None = 50) -> list[DuplicatePair]:
    """Pairs of live events (candidates and accepted) that may be one, best first."""
    if days < 0:
        raise UsageError("--days must be 0 or more")
    flt = flt or EventFilter()
    if not flt.statuses:
        flt.statuses = ["candidate", "accepted"]
    views = {v.id: v for v in list_events(registry, flt, count_mentions=False)}
    rows = _rows(registry, sorted(views))
    kept = _kept(registry, views)
    groups: dict[str, list[_Row]] = defaultdict(list)
    for r in rows:
        if r.type not in _SKIP_TYPES:
            groups[r.type].append(r)
    pairs: list[DuplicatePair] = []
    for group in groups.values():
        group.sort(key=lambda r: r.lo)
        for i, x in enumerate(group):
            for y in group[i + 1:]:
                if (y.lo - x.hi).days > days:
                    break
                if not _same_parties(x, y) or (x.docs & y.docs) \
                        or (min(x.id, y.id), max(x.id, y.id)) in kept:
                    continue
                gap = _gap(x, y)
                if gap > days:
                    continue
                pair = _pair(views[x.id], views[y.id], x, y, gap)
                if x.precision == y.precision == "day" or pair.likeness >= COARSE_LIKENESS:
                    pairs.append(pair)
    pairs.sort(key=lambda p: (-p.score, p.a.id, p.b.id))
    return pairs[:limit] if limit is not None else pairs


def _pair(va: EventView, vb: EventView, x: _Row, y: _Row, gap: int) -> DuplicatePair:
    a, b = (va, vb) if va.id < vb.id else (vb, va)
    ra, rb = a.record, b.record
    sa = ra.source.text if ra.source else ""
    sb = rb.source.text if rb.source else ""
    like = _likeness(sa, sb)
    sides = "+".join(sorted({*ra.from_, *ra.to})) or "no country"
    orgs = ", ".join(ra.organizations or rb.organizations)
    ev = [f"same type: {ra.type}",
          f"same countries: {sides}" + (f"; organisations {orgs}" if orgs else ""),
          f"dates {_when(ra)} and {_when(rb)}: "
          + ("overlapping" if gap == 0 else f"{gap} day(s) apart")]
    if ra.title or rb.title:
        same = (ra.title or "").lower() == (rb.title or "").lower()
        ev.append(f"titles {'agree' if same else 'differ'}: {ra.title or '—'} / "
                  f"{rb.title or '—'}")
    ev.append(f"sentences {round(like * 100)}% alike")
    precise = x.precision == y.precision == "day"
    score = (1.0 - gap / (DEFAULT_DAYS + 1)) * (0.6 if precise else 0.4) + like * 0.4
    return DuplicatePair(a, b, gap, like, ev, score)


def _when(rec: Any) -> str:
    return rec.date.start + (f"..{rec.date.end}" if rec.date.end else "") \
        if rec.date.start else "undated"


def keep_apart(registry: Registry, a: int, b: int, *, user: str | None = None,
               note: str | None = None) -> None:
    """Remember that events ``a`` and ``b`` are distinct (audited); idempotent."""
    if a == b:
        raise UsageError("give two different events")
    lo, hi = sorted((a, b))
    who = current_user(user)
    with registry.write() as session:
        for eid in (lo, hi):
            if session.get(Event, eid) is None:
                raise NotFound(f"no event {eid}; see `communique review duplicates`")
        if session.scalars(select(KeptApart.id).where(KeptApart.event_a == lo,
                                                      KeptApart.event_b == hi)).first():
            return
        session.add(KeptApart(event_a=lo, event_b=hi, who=who, note=note))
        for eid, other in ((lo, hi), (hi, lo)):
            audit(session, who=who, action="keep-apart", entity="event", entity_id=eid,
                  note=f"not the same event as {other}" + (f": {note}" if note else ""))
