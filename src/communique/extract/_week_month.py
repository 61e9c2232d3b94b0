"""The month of a weekly text that names no day of its own.

"This week at the Ministry" with no dateline, naming a coming day in the present
("elections take place on Sunday 14 March") or an item's day: the week it tells of is
in the month of the days it names, when they all fall in one month of the text's year.
Its undated items and weekdays ("On Tuesday") then take that month, not only the year
(no day is guessed: the week may end some days before the day named)."""

from __future__ import annotations

import re

from ._dates import find_dates

__all__ = ["week_month"]

#: a text about one week: "This week at the Foreign Office", "the week in review" near
#: its top, or "Weekly" in its title line (not "at the weekly press briefing" below it)
_WEEK = re.compile(r"\b(?:this|the|past|last) week\b", re.I)
_WEEKLY_TITLE = re.compile(r"\bweekly\b", re.I)


def week_month(text: str, year: int | None) -> str | None:
    """``YYYY-MM`` when ``text`` tells of one week near its top and every full day it
    names (of ``year``, or without a year) falls in that one month; else None."""
    if year is None or not (_WEEK.search(text[:400])
                            or _WEEKLY_TITLE.search(text.lstrip()[:200].split("\n", 1)[0])):
        return None
    months: set[int] = set()
    days = 0
    for d in find_dates(text[:20000]):
        if d.m1 and d.d1 and (d.y1 is None or d.y1 == year):
            days += 1
            months.add(d.m1)
            if d.has_end and d.m2 and d.m2 != d.m1:
                months.add(d.m2)
        elif d.m1 and (d.y1 is None or d.y1 == year):
            months.add(d.m1)  # a month told alone ("in March") is a month of the text too
    return f"{year:04d}-{months.pop():02d}" if days and len(months) == 1 else None
