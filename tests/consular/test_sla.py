from __future__ import annotations

from datetime import date, datetime

from communique.consular import add_working_hours, is_working_day, working_hours
from communique.consular._sla import sla_state


def test_the_weekend_is_the_missions_own():
    friday, sunday = date(2021, 10, 8), date(2021, 10, 10)
    assert not is_working_day("SAU", friday) and is_working_day("SAU", sunday)
    assert is_working_day("DEU", friday) and not is_working_day("DEU", sunday)


def test_public_holidays_are_no_working_days():
    assert not is_working_day("AZE", date(2021, 3, 22))  # Novruz
    assert is_working_day("AZE", date(2021, 3, 2))


def test_working_hours_skip_nights_and_weekends():
    # Friday 17:00 to Monday 10:00 in Germany: 1 h on Friday, 1 h on Monday
    assert working_hours("DEU", datetime(2021, 10, 8, 17), datetime(2021, 10, 11, 10)) == 2.0
    # the same span in Saudi Arabia: Friday is weekend; Sunday (9 h) and Monday (1 h) work
    assert working_hours("SAU", datetime(2021, 10, 8, 17), datetime(2021, 10, 11, 10)) == 10.0


def test_a_deadline_lands_in_working_time():
    assert add_working_hours("DEU", datetime(2021, 10, 8, 17), 4) == datetime(2021, 10, 11, 12)


def test_waiting_stops_the_clock_and_breaches_are_flagged():
    opened = datetime(2021, 10, 4, 9)  # a Monday
    kw = dict(category="detention", iso3="DEU", opened=opened, first_response=opened,
              resolved=None)
    late = datetime(2021, 10, 12, 9)  # 6 working days later; target 5 days
    assert sla_state(now=late, waiting_since=None, paused_hours=0, **kw).flag == "breached"
    paused = sla_state(now=late, waiting_since=datetime(2021, 10, 6, 9), paused_hours=0, **kw)
    assert paused.paused and paused.used_hours == 18.0 and paused.flag == "ok"
    soon = sla_state(now=datetime(2021, 10, 8, 9), waiting_since=None, paused_hours=0, **kw)
    assert soon.flag == "due-soon"


def test_an_unanswered_case_breaches_its_first_response_target():
    opened = datetime(2021, 10, 4, 9)
    state = sla_state(category="detention", iso3="DEU", opened=opened,
                      now=datetime(2021, 10, 4, 14), first_response=None, resolved=None,
                      waiting_since=None, paused_hours=0)
    assert state.flag == "breached" and state.response_due == datetime(2021, 10, 4, 13)


def test_long_spans_count_the_same_as_day_by_day():
    import random
    from datetime import timedelta

    from communique.consular._sla import STANDARD_DAY

    DAY_START, DAY_END = STANDARD_DAY.start, STANDARD_DAY.end

    def by_day(iso3, start, end):
        total, day = 0.0, start.date()
        while day <= end.date():
            if is_working_day(iso3, day):
                lo = max(start, datetime.combine(day, DAY_START))
                hi = min(end, datetime.combine(day, DAY_END))
                total += max(0.0, (hi - lo).total_seconds() / 3600)
            day += timedelta(days=1)
        return total

    rng = random.Random(5)
    for _ in range(300):
        iso3 = rng.choice(["DEU", "SAU", "AZE", "ISR", "TUR", None])
        start = datetime(2020, 1, 1) + timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
        end = start + timedelta(minutes=rng.randint(1, 500 * 24 * 60))
        assert abs(working_hours(iso3, start, end) - by_day(iso3, start, end)) < 1e-6


def test_deadlines_land_where_counting_hour_by_hour_does():
    import random
    from datetime import timedelta

    from communique.consular._sla import STANDARD_DAY, _clip

    DAY_START, _DAY_HOURS = STANDARD_DAY.start, STANDARD_DAY.hours

    def day_by_day(iso3, start, hours):
        day, used, left = start.date(), _clip(start), hours
        while True:
            if is_working_day(iso3, day):
                room = _DAY_HOURS - used
                if left <= room:
                    return datetime.combine(day, DAY_START) + timedelta(hours=used + left)
                left -= room
            day += timedelta(days=1)
            used = 0.0

    rng = random.Random(9)
    for _ in range(400):
        iso3 = rng.choice(["DEU", "SAU", "AZE", "ISR", None])
        start = datetime(2020, 1, 1) + timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))
        hours = rng.choice([0.5, 4, 9, 16, 18, 27, 45, 90, 135, 180, 900]) + rng.choice(
            [0, 0, 0.25])
        assert add_working_hours(iso3, start, hours) == day_by_day(iso3, start, hours), (
            iso3, start, hours)
