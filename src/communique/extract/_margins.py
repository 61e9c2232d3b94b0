"""The day of a session named again by its margins: "On the margins of the
Council, the Minister held talks with ..." after "... the Meeting of the Council
..., which opened this morning" takes the day the session was told with, not the
day of the trip told last."""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan
from ._dates import find_dates, resolve
from ._recognise import Sentence

__all__ = ["margins_day"]

#: "On the margins of the General Assembly,", "On the sidelines of the Council,"
_MARGINS = re.compile(r"\W*(?:on|at|in)\s+the\s+(?:margins?|sidelines?|fringes?)\s+of\s+"
                      r"(?:the\s+)?(?P<name>[^,.;()]{3,60}?)\s*,", re.I)
#: how far after the session's name its day may be told
_REACH = 200
#: another event named between the session's name and a date: the date is its own
_OTHER = re.compile(r"\b(?:summits?|meetings?|sessions?|visits?|talks|conferences?|forums?|"
                    r"ceremony|dialogue|consultations|preceded|followed|after|before|ahead)\b",
                    re.I)
_STOP = re.compile(r"[.!?](?:\s|$)|\n")


def margins_day(s: Sentence, year: int | None, dateline: object | None) -> DateSpan | None:
    """The day (or month) the session the sentence's margins name was told with:
    its name's last mention before the sentence, and the first date after it in
    that sentence ("the 78th session of the UN General Assembly in New York in
    September", "the Council ..., which opened this morning")."""
    m = _MARGINS.match(s.text, s.start, s.end)
    if m is None:
        return None
    name = m.group("name")
    if not name[:1].isupper():
        return None  # "the meeting", "the summit": the event just told, whatever its day
    at = s.text.rfind(name, 0, s.start)
    if at < 0:
        return None
    stop = _STOP.search(s.text, at + len(name), min(s.start, at + len(name) + _REACH))
    end = stop.start() if stop else min(s.start, at + len(name) + _REACH)
    day = dateline if isinstance(dateline, _dt.date) else None
    for d in find_dates(s.text, at + len(name), end):
        if _OTHER.search(s.text, at + len(name), d.start):
            return None  # "The Council preceded the Summit on 2 July": the Summit's day
        r = resolve(d, year, day)
        if r.y1 is not None:
            return DateSpan(*r.iso())
    return None
