"""The desk's statistics: monthly aggregates into the registry, yearly tables, suppression.

Each monthly aggregate is an accepted ``consular`` event whose quantity
carries the count and a unit (``appeals``, ``calls``, ``people evacuated``,
``people repatriated``, ``children``, ``women``, ``border crossings``), from
the desk's country (``COMMUNIQUE_DESK_COUNTRY``, ISO3) and with a source
that names the desk instead of a document. :func:`refresh_months` recomputes
the months it is given and updates, adds or removes their events; the case,
operation and hotline services call it in their own transaction.

Published numbers go through :func:`suppress`: a count from 1 to 4 is
shown as "fewer than 5", and when a total is shown with its parts a second
part is hidden too, so that no hidden count can be worked out by subtraction.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ..model import DateSpan, Place, Quantity, Record, Source
from ..registry import Event, Mention, apply_record
from ._models import Citizen, ConsularCase, Crossing, HotlineCalls, Operation, StatEvent

__all__ = ["DESK_COUNTRY_ENV", "DESK_SOURCE", "UNITS", "SMALL", "FEWER", "refresh_months",
           "refresh_appeals",
           "refresh_year", "YearStats", "year_stats", "suppress", "desk_country"]

DESK_COUNTRY_ENV = "COMMUNIQUE_DESK_COUNTRY"
DESK_SOURCE = "consular-desk"
UNITS: tuple[str, ...] = ("appeals", "calls", "people evacuated", "people repatriated",
                          "children", "women", "border crossings")
SMALL = 5
FEWER = "fewer than 5"


def desk_country() -> str | None:
    """The country whose desk this is (the records' ``from`` side), if set."""
    code = (os.environ.get(DESK_COUNTRY_ENV) or "").strip().upper()
    return code or None


def _month_like(month: str) -> str:
    return f"{month}-%"


def _aggregates(session: Session, month: str) -> dict[str, tuple[int, str, str | None, str]]:
    """key -> (value, unit, place country, title) of one month's aggregates."""
    out: dict[str, tuple[int, str, str | None, str]] = {}
    rows = session.execute(
        select(ConsularCase.category, ConsularCase.country, func.count())
        .where(ConsularCase.month == month, ConsularCase.merged_into_id.is_(None))
        .group_by(ConsularCase.category, ConsularCase.country)).all()
    for category, country, n in rows:
        out[f"appeals|{month}|{category}|{country}"] = (
            int(n), "appeals", country, f"Consular appeals ({category}) from {country}, {month}")
    for hotline, n in session.execute(
            select(HotlineCalls.hotline, func.sum(HotlineCalls.calls))
            .where(HotlineCalls.date.like(_month_like(month)))
            .group_by(HotlineCalls.hotline)).all():
        out[f"calls|{month}|{hotline}"] = (int(n or 0), "calls", None,
                                           f"Calls answered by the {hotline} hotline, {month}")
    ops = session.execute(
        select(Operation.kind, Operation.country, Citizen.grp, func.count(Citizen.id))
        .join(Citizen, Citizen.operation_id == Operation.id)
        .where(Operation.date.like(_month_like(month)))
        .group_by(Operation.kind, Operation.country, Citizen.grp)).all()
    people: dict[tuple[str, str], int] = {}
    for kind, country, grp, n in ops:
        people[(kind, country)] = people.get((kind, country), 0) + int(n)
        word = {"evacuation": "evacuated", "repatriation": "repatriated"}.get(kind, kind)
        if grp in ("child", "woman"):
            unit = "children" if grp == "child" else "women"
            out[f"{unit}|{month}|{kind}|{country}"] = (
                int(n), unit, country, f"{unit.capitalize()} {word} from {country}, {month}")
    for (kind, country), n in people.items():
        word = {"evacuation": "evacuated", "repatriation": "repatriated"}.get(kind, kind)
        out[f"{kind}|{month}|{country}"] = (n, f"people {word}", country,
                                            f"People {word} from {country}, {month}")
    for country, n in session.execute(
            select(Operation.country, func.sum(Crossing.people))
            .join(Crossing, Crossing.operation_id == Operation.id)
            .where(Crossing.date.like(_month_like(month)))
            .group_by(Operation.country)).all():
        out[f"crossings|{month}|{country}"] = (
            int(n or 0), "border crossings", country,
            f"People who crossed the border from {country} in evacuations, {month}")
    return {k: v for k, v in out.items() if v[0] > 0}


def _record(month: str, value: int, unit: str, place: str | None, title: str) -> Record:
    """The registry's record of one aggregate. The registry is published (event pages,
    exports, the API), so a count under 5 is written as "fewer than 5" (``less_than``
    5), never exactly: one detention from one country in one month names a person. The
    exact number stays in the desk (``cases stats --exact``, consular and admin)."""
    home = desk_country()
    small = value < SMALL
    said = FEWER if small else str(value)
    text = f"Consular desk statistics: {said} {unit} ({title})."
    return Record(type="consular", date=DateSpan(month), from_=[home] if home else [],
                  place=Place(place) if place else None, title=title,
                  quantity=Quantity(SMALL, "less_than", unit) if small
                  else Quantity(value, "exactly", unit),
                  source=Source(DESK_SOURCE, 0, len(text), text))


def _create(session: Session, key: str, month: str, value: int, unit: str,
            place: str | None, title: str) -> None:
    rec = _record(month, value, unit, place, title)
    event = Event(status="accepted", origin="consular", version=1)
    apply_record(event, rec)
    session.add(event)
    session.add(Mention(event=event, document_id=None, start=rec.source.start
                        if rec.source else None, end=rec.source.end if rec.source else None,
                        text=rec.source.text if rec.source else None,
                        record=rec.to_dict(), merge_reason=None))
    session.add(StatEvent(key=key, month=month, event=event, value=value))


def _update(session: Session, stat: StatEvent, value: int, unit: str, place: str | None,
            title: str, *, full: bool) -> None:
    """A changed count into its event. ``full`` rewrites every field (participants too);
    otherwise only what a count changes: the quantity and the mention's record and text
    (the rest of an aggregate's record follows from its key)."""
    rec = _record(stat.month, value, unit, place, title)
    event = session.get_one(Event, stat.event_id)
    if full:
        apply_record(event, rec)
    else:
        q = rec.quantity
        event.quantity_value = float(q.value) if q else None
        event.quantity_qualifier = q.qualifier if q else None
        event.quantity_unit = q.unit if q else None
    event.status = "accepted"
    for m in event.mentions:
        m.record = rec.to_dict()
        m.text = rec.source.text if rec.source else None
    stat.value = value


def _remove(session: Session, stat: StatEvent) -> None:
    session.execute(delete(Mention).where(Mention.event_id == stat.event_id))
    session.delete(stat)
    session.flush()
    gone = session.get(Event, stat.event_id)
    if gone is not None:
        session.delete(gone)


def refresh_months(session: Session, months: Iterable[str], *, full: bool = True) -> int:
    """Recompute the aggregates of ``months`` (YYYY-MM) into the registry; returns changes."""
    changes = 0
    for month in sorted(set(months)):
        fresh = _aggregates(session, month)
        have = {s.key: s for s in session.scalars(
            select(StatEvent).where(StatEvent.month == month))}
        for key, (value, unit, place, title) in fresh.items():
            stat = have.get(key)
            if stat is not None and stat.value == value:
                continue
            if stat is None:
                _create(session, key, month, value, unit, place, title)
            else:
                _update(session, stat, value, unit, place, title, full=full)
            changes += 1
        for key, stat in have.items():
            if key not in fresh:
                _remove(session, stat)
                changes += 1
    session.flush()
    return changes


def refresh_appeals(session: Session, groups: Iterable[tuple[str, str, str]]) -> int:
    """Recount only the appeals aggregates of (month, category, country) groups: what
    opening one case changes, at the price of one indexed count per group."""
    changes = 0
    for month, category, country in sorted(set(groups)):
        key = f"appeals|{month}|{category}|{country}"
        value = int(session.scalar(select(func.count()).select_from(ConsularCase).where(
            ConsularCase.month == month, ConsularCase.category == category,
            ConsularCase.country == country, ConsularCase.merged_into_id.is_(None))) or 0)
        stat = session.get(StatEvent, key)
        title = f"Consular appeals ({category}) from {country}, {month}"
        if stat is None and value > 0:
            _create(session, key, month, value, "appeals", country, title)
        elif stat is not None and value == 0:
            _remove(session, stat)
        elif stat is not None and stat.value != value:
            _update(session, stat, value, "appeals", country, title, full=False)
        else:
            continue
        changes += 1
    session.flush()
    return changes


def refresh_year(session: Session, year: int) -> int:
    return refresh_months(session, [f"{year:04d}-{m:02d}" for m in range(1, 13)])


# ---------------------------------------------------------------- yearly tables


@dataclass
class YearStats:
    """A year of the desk in numbers (exact; publish them through :func:`suppress`)."""

    year: int
    appeals: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)
    by_month: dict[str, int] = field(default_factory=dict)
    calls: int = 0
    call_days: int = 0
    evacuated: int = 0
    repatriated: int = 0
    children: dict[str, int] = field(default_factory=dict)   # kind -> children
    women: dict[str, int] = field(default_factory=dict)      # kind -> women
    border_crossings: int = 0

    def to_dict(self, *, published: bool = True) -> dict[str, Any]:
        def show(v: int) -> int | str:
            return FEWER if published and 0 < v < SMALL else v

        def table(parts: Mapping[str, int], total: int) -> dict[str, int | str]:
            return suppress(parts, total) if published else dict(parts)

        return {
            "year": self.year,
            "appeals": show(self.appeals),
            "appeals_by_category": table(self.by_category, self.appeals),
            "appeals_by_country": table(self.by_country, self.appeals),
            "appeals_by_month": table(self.by_month, self.appeals),
            "hotline_calls": show(self.calls),
            "hotline_days": self.call_days,
            "calls_per_day": round(self.calls / self.call_days, 1) if self.call_days else None,
            "people_evacuated": show(self.evacuated),
            "people_repatriated": show(self.repatriated),
            "children": {k: show(v) for k, v in self.children.items()},
            "women": {k: show(v) for k, v in self.women.items()},
            "border_crossings": show(self.border_crossings),
            "suppressed": published,
        }


def year_stats(session: Session, year: int) -> YearStats:
    like = f"{year:04d}-%"
    out = YearStats(year)
    live = (ConsularCase.month.like(like), ConsularCase.merged_into_id.is_(None))
    for col, target in ((ConsularCase.category, out.by_category),
                        (ConsularCase.country, out.by_country), (ConsularCase.month, out.by_month)):
        for key, n in session.execute(select(col, func.count()).where(*live).group_by(col)):
            target[str(key)] = int(n)
    out.appeals = sum(out.by_category.values())
    calls = session.execute(select(func.sum(HotlineCalls.calls),
                                   func.count(func.distinct(HotlineCalls.date)))
                            .where(HotlineCalls.date.like(like))).one()
    out.calls, out.call_days = int(calls[0] or 0), int(calls[1] or 0)
    for kind, grp, n in session.execute(
            select(Operation.kind, Citizen.grp, func.count(Citizen.id))
            .join(Citizen, Citizen.operation_id == Operation.id)
            .where(Operation.date.like(like)).group_by(Operation.kind, Citizen.grp)):
        if kind == "evacuation":
            out.evacuated += int(n)
        else:
            out.repatriated += int(n)
        if grp == "child":
            out.children[kind] = out.children.get(kind, 0) + int(n)
        if grp == "woman":
            out.women[kind] = out.women.get(kind, 0) + int(n)
    out.border_crossings = int(session.scalar(
        select(func.sum(Crossing.people)).where(Crossing.date.like(like))) or 0)
    return out


def suppress(parts: Mapping[str, int], total: int | None = None) -> dict[str, int | str]:
    """Parts with counts of 1-4 shown as "fewer than 5"; with a total shown, never a single
    hidden part (the next smallest is hidden too), so none can be worked out by subtraction.
    """
    out: dict[str, int | str] = dict(parts)
    hidden = [k for k, v in parts.items() if 0 < v < SMALL]
    if total is not None and len(hidden) == 1:
        others = sorted((v, k) for k, v in parts.items() if k not in hidden and v > 0)
        if others:
            hidden.append(others[0][1])
    for k in hidden:
        out[k] = FEWER
    return out
