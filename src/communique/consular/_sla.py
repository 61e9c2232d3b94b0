"""SLA clocks in a mission's working hours, in the mission's local time.

A working day is a day that is neither a weekend day of the mission's
country (Saturday-Sunday, Friday-Saturday, ... as the ``holidays`` package
knows them) nor one of its public holidays; working hours are the mission's
(a :class:`WorkDay`, 09:00-18:00 unless the settings say otherwise) in its
local time (its time zone, see :mod:`._slaconf`): moments
are stored in UTC and turned into local wall-clock times before they are
counted, so a case opened at 17:00 in Tel Aviv has one working hour left that
day in winter and in summer. Targets per category (hours to the first
response, working days to the resolution) come from the SLA settings file.
The clock stops while a case is ``waiting`` (``paused_hours`` plus the
running wait).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache

from ._slaconf import STANDARD_DAY, SlaSettings, WorkDay, default_sla_settings

__all__ = ["WorkDay", "STANDARD_DAY", "SlaState", "working_hours", "add_working_hours",
           "is_working_day", "sla_state", "to_local", "to_utc", "working_hours_utc"]


def to_local(moment: datetime, zone: tzinfo | None) -> datetime:
    """A stored (UTC, naive) moment as the wall-clock time of ``zone`` (naive)."""
    if zone is None:
        return moment
    return moment.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)


def to_utc(moment: datetime, zone: tzinfo | None) -> datetime:
    """A wall-clock time of ``zone`` (naive) as a stored UTC moment (naive)."""
    if zone is None:
        return moment
    return moment.replace(tzinfo=zone).astimezone(UTC).replace(tzinfo=None)


@lru_cache(maxsize=512)
def _calendar(iso3: str | None, year: int) -> tuple[frozenset[int], frozenset[date]]:
    """(weekend weekdays, public holidays) of a country in a year; Sat-Sun, none if unknown."""
    import holidays
    import pycountry

    weekend: frozenset[int] = frozenset({5, 6})
    days: frozenset[date] = frozenset()
    found = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    if found is None:
        return weekend, days
    try:
        cal = holidays.country_holidays(found.alpha_2, years=year)
    except NotImplementedError:
        return weekend, days
    return frozenset(cal.weekend), frozenset(cal.keys())


def is_working_day(iso3: str | None, day: date) -> bool:
    weekend, days = _calendar(iso3, day.year)
    return day.weekday() not in weekend and day not in days


def _clip(moment: datetime, wd: WorkDay = STANDARD_DAY) -> float:
    """Working hours of ``moment``'s day before ``moment``."""
    t = moment.time()
    if t <= wd.start:
        return 0.0
    if t >= wd.end:
        return wd.hours
    return (datetime.combine(moment.date(), t) -
            datetime.combine(moment.date(), wd.start)).total_seconds() / 3600


@lru_cache(maxsize=512)
def _working_ordinals(iso3: str | None, year: int) -> tuple[int, ...]:
    """The working days of a year, as sorted day ordinals (for counting by bisection)."""
    day, out = date(year, 1, 1), []
    while day.year == year:
        if is_working_day(iso3, day):
            out.append(day.toordinal())
        day += timedelta(days=1)
    return tuple(out)


def _working_days_between(iso3: str | None, first: date, last: date) -> int:
    """Working days from ``first`` to ``last``, both included (0 if ``last`` < ``first``)."""
    if last < first:
        return 0
    total = 0
    for year in range(first.year, last.year + 1):
        days = _working_ordinals(iso3, year)
        lo = first.toordinal() if year == first.year else date(year, 1, 1).toordinal()
        hi = last.toordinal() if year == last.year else date(year, 12, 31).toordinal()
        total += bisect_right(days, hi) - bisect_left(days, lo)
    return total


def working_hours(iso3: str | None, start: datetime, end: datetime,
                  wd: WorkDay = STANDARD_DAY) -> float:
    """Working hours between two moments (0 if ``end`` is not after ``start``)."""
    if end <= start:
        return 0.0
    first, last = start.date(), end.date()
    if first == last:
        return (max(0.0, _clip(end, wd) - _clip(start, wd))
                if is_working_day(iso3, first) else 0.0)
    total = _working_days_between(iso3, first + timedelta(days=1),
                                  last - timedelta(days=1)) * wd.hours
    if is_working_day(iso3, first):
        total += wd.hours - _clip(start, wd)
    if is_working_day(iso3, last):
        total += _clip(end, wd)
    return total


def _nth_working_day_after(iso3: str | None, day: date, n: int) -> date | None:
    """The ``n``-th working day after ``day`` (1: the next), by bisection; None past ten
    years."""
    after = day.toordinal()
    for year in range(day.year, day.year + 11):
        days = _working_ordinals(iso3, year)
        i = bisect_right(days, after)
        if n <= len(days) - i:
            return date.fromordinal(days[i + n - 1])
        n -= len(days) - i
    return None


def add_working_hours(iso3: str | None, start: datetime, hours: float,
                      wd: WorkDay = STANDARD_DAY) -> datetime:
    """The moment ``hours`` working hours after ``start`` (whole days are skipped by
    bisection over the year's working days, not one by one)."""
    day = start.date()
    used = _clip(start, wd)
    left = hours
    if is_working_day(iso3, day):
        room = wd.hours - used
        if left <= room:
            return datetime.combine(day, wd.start) + timedelta(hours=used + left)
        left -= room
    days = max(1, math.ceil(left / wd.hours - 1e-9))  # working days still to use
    found = _nth_working_day_after(iso3, day, days)
    if found is None:
        return datetime.combine(day + timedelta(days=3700), wd.end)
    return datetime.combine(found, wd.start) + timedelta(
        hours=left - (days - 1) * wd.hours)


@dataclass(frozen=True)
class SlaState:
    """Where a case stands against its targets; ``flag`` is ok, due-soon, breached or met."""

    response_due: datetime | None
    resolution_due: datetime
    used_hours: float
    target_hours: float
    flag: str
    paused: bool

    @property
    def left_hours(self) -> float:
        return self.target_hours - self.used_hours


def working_hours_utc(iso3: str | None, zone: tzinfo | None, start: datetime,
                      end: datetime, wd: WorkDay = STANDARD_DAY) -> float:
    """Working hours between two stored (UTC) moments, counted in ``zone``'s wall time."""
    return working_hours(iso3, to_local(start, zone), to_local(end, zone), wd)


def sla_state(*, category: str, iso3: str | None, opened: datetime, now: datetime,
              first_response: datetime | None, resolved: datetime | None,
              waiting_since: datetime | None, paused_hours: float,
              zone: tzinfo | None = None, settings: SlaSettings | None = None,
              workday: WorkDay | None = None) -> SlaState:
    """Where a case stands. Moments are UTC when ``zone`` is given (then counted in its
    wall time, and the due moments returned in UTC), else already local. ``workday``
    is the mission's working hours (default: the settings' own)."""
    conf = settings or default_sla_settings()
    wd = workday or conf.working_day
    if zone is not None:
        state = sla_state(
            category=category, iso3=iso3, opened=to_local(opened, zone),
            now=to_local(now, zone),
            first_response=to_local(first_response, zone) if first_response else None,
            resolved=to_local(resolved, zone) if resolved else None,
            waiting_since=to_local(waiting_since, zone) if waiting_since else None,
            paused_hours=paused_hours, settings=conf, workday=wd)
        return SlaState(to_utc(state.response_due, zone) if state.response_due else None,
                        to_utc(state.resolution_due, zone), state.used_hours,
                        state.target_hours, state.flag, state.paused)
    respond_h, resolve_days = conf.target(category)
    due_soon = conf.due_soon
    target = resolve_days * wd.hours
    end = resolved or now
    paused = paused_hours + (working_hours(iso3, waiting_since, end, wd)
                             if waiting_since else 0.0)
    used = max(0.0, working_hours(iso3, opened, end, wd) - paused)
    resolution_due = add_working_hours(iso3, opened, target + paused, wd)
    response_due = None if first_response else add_working_hours(iso3, opened, respond_h, wd)
    if resolved is not None:
        flag = "met" if used <= target else "breached"
    elif used > target or (response_due is not None and now > response_due):
        flag = "breached"
    elif used >= due_soon * target or (
            response_due is not None
            and working_hours(iso3, opened, now, wd) >= due_soon * respond_h):
        flag = "due-soon"
    else:
        flag = "ok"
    return SlaState(response_due, resolution_due, round(used, 2), target, flag,
                    waiting_since is not None)
