"""A bare weekday in a text with no day to count from: the one day of that weekday
the text names.

"Minister A, on Wednesday, had a meeting with his Kenyan counterpart ... at the
session held on 6 and 7 March 2025" has no dateline and no date given, so "on
Wednesday" had no day to count back from and the meeting kept only the year. The
text names the days of the occasion it tells: when exactly one of the days it
names in a sentence telling an event (a single day, or any day of a span of a week
or less) falls on that weekday, the weekday is that day. Two named days of that
weekday, or none, leave it as it was; a day named only in passing ("The Ambassador
took office on 7 March") counts for none. The date of a quoted post's signature line
("— Ministry (@handle) May 3, 2024") counts too: the day of the post the text quotes
as its source.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from ._dates import _WEEKDAYS, DateMention, find_dates, resolve
from ._post_signed import post_signed
from ._weekday_day import weekday_day

__all__ = ["named_weekdays", "on_named_weekday"]

_LONGEST = 6  # a span of more days than a week names no weekday surely


def _days(d: DateMention, year: int | None) -> list[_dt.date]:
    r = resolve(d, year)
    if d.relative or r.y1 is None or r.m1 is None or r.d1 is None:
        return []
    try:
        first = _dt.date(r.y1, r.m1, r.d1)
        last = _dt.date(r.y2 or r.y1, r.m2 or r.m1, r.d2) if r.d2 else first
    except ValueError:
        return []
    n = (last - first).days
    if not 0 <= n <= _LONGEST:
        return [first]
    return [first + _dt.timedelta(days=i) for i in range(n + 1)]


#: where a sentence ends
_END = re.compile(r"[.!?](?=\s)|\n")


def named_weekdays(text: str, year: int | None,
                   tells: Callable[[int, int], bool]) -> dict[int, _dt.date]:
    """Weekday (0 Monday) -> the one day of it the text names in a sentence that
    ``tells`` an event (not "The Ambassador took office on 7 March")."""
    by_weekday: dict[int, set[_dt.date]] = {}
    for d in find_dates(text[:20000]):
        a = max((m.end() for m in _END.finditer(text, 0, d.start)), default=0)
        nxt = _END.search(text, d.end)
        # (a quoted post's signature line: the post's day, whatever the post says)
        if not post_signed(text, d.start, d.end) \
                and not tells(a, nxt.start() if nxt else len(text)):
            continue
        for day in _days(d, year):
            by_weekday.setdefault(day.weekday(), set()).add(day)
    return {wd: next(iter(days)) for wd, days in by_weekday.items() if len(days) == 1}


def on_named_weekday(d: DateMention, named: dict[int, _dt.date]) -> DateMention:
    """``d`` as that day when it is a bare weekday ("Wednesday", "on Wednesday") the
    text names one day of, or a weekday with its day of the month ("on Saturday 23")
    near a day the text names; else ``d``."""
    rel = " ".join((d.relative or "").split()).lower()
    wd = _WEEKDAYS.get(rel[3:] if rel.startswith("on ") else rel)
    day = named.get(wd) if wd is not None else None
    if wd is not None and d.d1:
        # "on Saturday 23": the 23rd that is a Saturday near the days the text names
        day = weekday_day(wd, d.d1, sorted(named.values())) or (
            day if day is not None and day.day == d.d1 else None)
    if day is None:
        return d
    return DateMention(d.start, d.end, day.year, day.month, day.day)
