"""Rules 1, 2 and 9 on a registry: the issuer-year's counted events
(:func:`load_scope`) and the dyad-year table computed in SQL
(:func:`iter_dyad_rows`). :mod:`.counting` re-exports both; the rules
themselves are there.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..registry import Registry
    from .counting import Item

__all__ = ["check_issuer", "load_scope", "iter_dyad_rows"]


def check_issuer(issuer: str) -> str:
    """The issuer's code in capitals, or a UsageError naming the problem."""
    from ..reference import country_name

    code = (issuer or "").strip().upper()
    country_name(code)  # raises UsageError for an unknown code
    return code


def _statuses(include_candidates: bool) -> list[str]:
    return ["accepted", "candidate"] if include_candidates else ["accepted"]


def load_scope(registry: Registry, issuer: str, year: int, *,
               include_candidates: bool = False, sources: bool = True,
               to_year: int | None = None, types: Sequence[str] = ()) -> list[Item]:
    """Rules 1 and 2 on a registry: the issuer's counted events starting in ``year``
    (to ``to_year`` included, when given: one query for a period of several years)
    (events of the issuer's countries, plus country-less events its documents report).
    ``sources=False`` leaves out the source sentences (for numbers only: faster);
    ``types`` loads only events of those types."""
    from sqlalchemy import and_, exists, select

    from ..registry import Document, Event, EventParticipant, Mention
    from ..registry import first_day as _lo
    from ..registry import last_day as _hi
    from ..services.query import EventFilter, list_events
    from . import counting
    code = check_issuer(issuer)
    statuses = _statuses(include_candidates)
    last = year if to_year is None else to_year
    flt = EventFilter(countries=[code], from_date=f"{year:04d}", to_date=f"{last:04d}",
                      statuses=statuses, types=list(types))
    views = list_events(registry, flt, count_mentions=False, sources=sources)
    lo, hi = _lo(f"{year:04d}"), _hi(f"{last:04d}")
    with registry.read() as session:
        docs = list(session.scalars(select(Document.id).where(Document.issuer == code)))
        extra: list[int] = []
        for i in range(0, len(docs), 900):
            query = select(Event.id).where(
                Event.id.in_(select(Mention.event_id).where(
                    Mention.document_id.in_(docs[i:i + 900]))),
                Event.merged_into_id.is_(None), Event.status.in_(statuses),
                Event.date_lo >= lo, Event.date_lo <= hi,
                *([Event.type.in_(list(types))] if types else []),
                ~exists(select(EventParticipant.id).where(and_(
                    EventParticipant.event_id == Event.id, EventParticipant.kind == "country"))))
            extra += [e for e in session.scalars(query) if e not in extra]
    if extra:
        views += list_events(registry, EventFilter(ids=extra, statuses=statuses),
                             count_mentions=False, sources=sources)
        views.sort(key=lambda v: (v.record.date.start or "", v.id))
    if to_year is not None:
        return [i for i in counting.scope(views, None, None, include_candidates=include_candidates)
                if year <= (counting._year(i.record) or 0) <= last]
    return counting.scope(views, None, year, include_candidates=include_candidates)


def iter_dyad_rows(registry: Registry, *, include_candidates: bool = False,
                   from_year: int | None = None, to_year: int | None = None,
                   issuer: str | None = None) -> Iterator[dict[str, Any]]:
    """Rule 9 over a whole registry, fast: the pairs of :func:`dyads_of` (distinct
    countries of one event, ``a < b``) are formed and counted in SQL, one event
    once per pair however many sides list a country; yields table rows.
    (A test checks that this path and :func:`dyad_year_rows` agree.)"""
    from sqlalchemy import func, or_, select
    from sqlalchemy.orm import aliased

    from ..registry import Event, EventParticipant
    from . import counting

    statuses = _statuses(include_candidates)
    code = check_issuer(issuer) if issuer else None
    a, b = aliased(EventParticipant), aliased(EventParticipant)
    year = func.substr(Event.date_lo, 1, 4)
    clauses = [Event.merged_into_id.is_(None), Event.status.in_(statuses),
               Event.type != "figure", Event.date_lo.is_not(None),
               a.kind == "country", b.kind == "country", a.code < b.code]
    if from_year is not None:
        clauses.append(Event.date_lo >= f"{from_year:04d}-01-01")
    if to_year is not None:
        clauses.append(Event.date_lo <= f"{to_year:04d}-12-31")
    if code:
        clauses.append(or_(a.code == code, b.code == code))
    query = (select(year, a.code, b.code, Event.type, func.count(func.distinct(Event.id)))
             .select_from(Event)
             .join(a, a.event_id == Event.id).join(b, b.event_id == Event.id)
             .where(*clauses).group_by(year, a.code, b.code, Event.type))
    acc: dict[tuple[int, str, str], Counter[str]] = defaultdict(Counter)
    with registry.read() as session:
        for y, code_a, code_b, kind, n in session.connection().execute(query):
            acc[(int(y), code_a, code_b)][kind] += int(n)
    yield from counting._dyad_table(acc)
