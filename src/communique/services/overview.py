"""The numbers of the dashboard and of a country's timeline.

    overview(reg, 2021)   -> Overview (by type, by month, by country, top partners, backlog)
    country_timeline(reg, "TUR") -> {year: {type: n}}

The dashboard counts with :mod:`communique.reports.counting` (the rules the
reports, ``stats`` and ``check`` use): accepted events (candidates when
asked), of the registry's home country (the issuer of most documents) when
it has one, partners without the home country. A country's timeline counts
the events its dossier lists: one per event, by the year and type it starts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from ..registry import Document, Event, EventParticipant, Registry

__all__ = ["Overview", "overview", "country_timeline", "event_years", "home_country"]

_LIVE = ("candidate", "accepted")


@dataclass
class Overview:
    year: int
    years: list[int]
    total: int
    by_type: list[tuple[str, int]]
    by_month: dict[str, list[int]]  # type -> 12 monthly counts
    by_country: list[tuple[str, int]]
    top_partners: list[tuple[str, int]]
    home: str | None
    backlog: int
    backlog_year: int
    by_status: dict[str, int] = field(default_factory=dict)
    include_candidates: bool = False


def event_years(registry: Registry) -> list[int]:
    """Years in which some (live) event starts, newest first."""
    year = func.substr(Event.date_lo, 1, 4)
    with registry.read() as session:
        rows = session.scalars(select(year).where(
            Event.date_lo.is_not(None), Event.merged_into_id.is_(None),
            Event.status.in_(_LIVE)).group_by(year))
        return sorted((int(y) for y in rows if y and str(y).isdigit()), reverse=True)


def home_country(registry: Registry) -> str | None:
    """The issuer of most documents: the registry's own country."""
    with registry.read() as session:
        row = session.execute(select(Document.issuer, func.count()).where(
            Document.issuer.is_not(None)).group_by(Document.issuer)
            .order_by(func.count().desc()).limit(1)).first()
    return str(row[0]) if row else None


def _default_year(years: list[int]) -> int:
    today = date.today().year
    past = [y for y in years if y <= today]
    return today if today in years or not past else past[0]


def overview(registry: Registry, year: int | None = None, *, issuer: str | None = None,
             include_candidates: bool = False, top: int = 10,
             years: list[int] | None = None) -> Overview:
    """The dashboard's numbers for one year (default: this year if it has events,
    else the latest), counted by :mod:`communique.reports.counting` for ``issuer``
    (default: the registry's home country; every event when it has none).
    ``years`` is :func:`event_years` when the caller has it already."""
    from ..reports import counting
    from .stats import load_events

    years = event_years(registry) if years is None else years
    year = year or _default_year(years)
    home = issuer or home_country(registry)
    items = load_events(registry, home, year, include_candidates=include_candidates,
                        sources=False)
    by_month: dict[str, list[int]] = {}
    for item in items:
        start = item.record.date.start or ""
        if item.record.type == "figure" or len(start) < 7:
            continue  # rules 8 and 10: figures are no events; year-only dates have no month
        by_month.setdefault(item.record.type, [0] * 12)[int(start[5:7]) - 1] += 1
    by_country = [(t.key, t.value) for t in counting.by_country(items, home)]
    lo, hi = f"{year:04d}-01-01", f"{year:04d}-12-31"
    with registry.read() as session:
        by_status = {str(s): int(n) for s, n in session.execute(
            select(Event.status, func.count()).where(
                Event.merged_into_id.is_(None), Event.date_lo >= lo,
                Event.date_lo <= hi).group_by(Event.status))}
        backlog = int(session.scalar(select(func.count()).select_from(Event).where(
            Event.merged_into_id.is_(None), Event.status == "candidate")) or 0)
    return Overview(
        year=year, years=years, total=counting.count(items).value,
        by_type=[(t.key, t.value) for t in counting.by_type(items)], by_month=by_month,
        by_country=by_country, top_partners=by_country[:top], home=home, backlog=backlog,
        backlog_year=by_status.get("candidate", 0), by_status=by_status,
        include_candidates=include_candidates)


def country_timeline(registry: Registry, country: str,
                     statuses: tuple[str, ...] = _LIVE) -> dict[int, dict[str, int]]:
    """Events with ``country`` per year and type (every year it has events)."""
    year = func.substr(EventParticipant.date_lo, 1, 4)
    out: dict[int, dict[str, int]] = {}
    with registry.read() as session:
        for y, typ, n in session.execute(
                select(year, Event.type, func.count(func.distinct(Event.id)))
                .join(Event, Event.id == EventParticipant.event_id)
                .where(EventParticipant.code == country.upper(),
                       EventParticipant.kind == "country",
                       EventParticipant.date_lo.is_not(None),
                       Event.merged_into_id.is_(None),
                       Event.status.in_(statuses or _LIVE))
                .group_by(year, Event.type)):
            out.setdefault(int(y), {})[str(typ)] = int(n)
    return dict(sorted(out.items()))
