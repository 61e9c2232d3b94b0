"""A day of the month told alone, by its ordinal: "on the 23rd", "on 4th", "on the 4 th"
(a space before the ending, as some texts type it). Its month is the one the text's
day (the dateline or ``--date``) falls in, or the month before when the day named is
later than that day; with no day known it stays undated.

An ordinal before a noun ("on the 75th anniversary", "on the 5th floor") or "of"
("on the 4th of the month") names no day."""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["DAY_OF_MONTH", "DAY_OF_MONTH_OPENS", "RELATIVE", "day_of_month"]

#: what a day of the month alone is marked with until the dateline resolves it
RELATIVE = "day of month"

DAY_OF_MONTH = re.compile(
    r"(?:(?<=\b[Oo]n )|(?<=\b[Oo]n the ))(?P<d1>[0-3]?\d)(?<!\d\d\d)"
    r" ?(?:st|nd|rd|th)\b"
    r"(?!\s*[-–]?\s*\w*\d|[-–]|\s+of\b|\s+(?:[A-Z]\w+\s+)?(?:[a-z]+\s+)?"
    r"(?:anniversary|anniversaries|session|sessions|meeting|meetings|round|rounds|summit|"
    r"summits|edition|editions|floor|floors|century|centuries|conference|congress|plenary|"
    r"sitting|forum|ministerial|day|days|week|weeks|month|months|year|years|time|times|"
    r"visit|place|birthday|item|point|page|article|paragraph|line|list|round-table|stage|"
    r"phase|term|convocation|assembly|council|commission|committee|consultations?|"
    r"dialogue|talks|cycle|batch|tranche|group|flight)\b)")
#: where every match starts: a digit
DAY_OF_MONTH_OPENS = re.compile(r"\d")


def day_of_month(day: int, dateline: _dt.date) -> _dt.date | None:
    """The date of day ``day`` of the dateline's month, or of the month before when
    it would fall after the dateline; ``None`` when no such day exists."""
    year, month = dateline.year, dateline.month
    if day > dateline.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None
