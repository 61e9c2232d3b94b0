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
_MARGINS = re.compile(r"\W*(?:(?:on|at|in)\s+the\s+(?:margins?|sidelines?|fringes?)|"
                      r"(?:with)?in\s+the\s+framework)\s+of\s+"
                      r"(?:the\s+)?(?P<name>[^,.;()]{3,60}?)\s*,", re.I)
#: an occasion named by a common noun of its own ("the debate", "the conference"):
#: its last mention is the occasion meant ("the meeting", "the session" is the
#: event just told, whatever its day)
_OCCASION = re.compile(r"(?:[\w-]+\s+)?(?:debate|conference|forum|summit|congress)", re.I)
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
    if name[:1].isupper():
        at = s.text.rfind(name, 0, s.start)
    elif _OCCASION.fullmatch(name):
        # "On the margins of the debate": the debate's last mention, as a word
        word = re.compile(r"\b" + re.escape(name) + r"\b", re.I)
        at = max((w.start() for w in word.finditer(s.text, max(0, s.start - 3000), s.start)),
                 default=-1)
    else:
        return None  # "the agreement": no occasion of its own
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
    # "On 11 October, the Forum ... was held in Ashgabat.": the day that opens the
    # sentence naming it
    begin = max(s.text.rfind(". ", 0, at), s.text.rfind("\n", 0, at)) + 1
    opening = _OPENING_DAY.match(s.text, begin, at)
    if opening is not None:
        for d in find_dates(s.text, begin, opening.end()):
            r = resolve(d, year, day)
            if r.y1 is not None:
                return DateSpan(*r.iso())
    return None


#: a day that opens a sentence ("On 11 October,", "In March 2024,")
_OPENING_DAY = re.compile(r"\s*(?:On|In)\s+[^,.;]{3,30},")
