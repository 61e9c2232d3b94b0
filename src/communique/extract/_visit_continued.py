"""A visit told as going on ("today continues her working visit of three days to A",
"is continuing her visit to B") began before the day it is told on: when the next
sentences tell the arrival with a day of its own ("arrived in the capital yesterday",
"had arrived on Tuesday"), or its own clause tells when it began ("which began on
Monday"), the visit runs from that day, and a stay counted in days
("three-day") ends that many days on. A visit told as starting ("began", "started")
keeps its day; a going-on visit with no arrival told keeps its day too."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from ..model import DateSpan, Record
from ._dated_later import iso_day
from ._dates import find_dates, resolve

__all__ = ["arrival_of_continued_visit"]

#: the visit told as going on: "continues today her 3-day state visit",
#: "is continuing her working visit", "continued on Thursday their stay"
_CONTINUES = re.compile(
    r"\bcontinu(?:es|ed|ing)\s+(?:(?:today|now|on\s+\w+day|this\s+\w+)\s+)?(?:with\s+)?"
    r"(?:his|her|their|its|the)\s+(?P<lead>(?:[\w-]+\s+){0,3}?)"
    r"(?:visit|stay|trip|tour)\b", re.I)
#: a stay counted in days: "three-day", "2-day"
_DAYS = re.compile(r"\b(?P<n>two|three|four|five|six|seven|[2-7])[- ]day\b", re.I)
_N = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
#: the arrival told after it: "The minister arrived in this capital yesterday", "She had
#: landed in Rome on Tuesday" (the clause of the verb: to its end or the next "and")
_ARRIVED = re.compile(r"\b(?:arrived|landed|had\s+arrived|had\s+landed|flew\s+in)\b"
                      r"[^.;]{0,80}", re.I)
#: how far after the visit's sentence (characters) the arrival may be told
_REACH = 600
#: the visit's first day told in its own clause: "..., which began on Tuesday", "that
#: started on 20 June"
_BEGAN = re.compile(r"\b(?:which|that)\s+(?:had\s+)?(?:began|begun|started|opened|commenced)\s+"
                    r"[^.;,]{0,40}", re.I)


def _day_in(text: str, start: int, end: int, today: _dt.date) -> _dt.date | None:
    """The first day told in ``text[start:end]``, read against ``today`` (the day the
    visit is told going on), if it is in the week before that day."""
    for dm in find_dates(text, start, end):
        r = resolve(dm, today.year, today)
        if r.y1 and r.m1 and r.d1 and r.y2 is None:
            day = _dt.date(r.y1, r.m1, r.d1)
            return day if today - _dt.timedelta(days=6) <= day < today else None
    return None


def _arrival_day(text: str, start: int, end: int, today: _dt.date) -> _dt.date | None:
    """The day of the first arrival told in ``text[start:end]`` (see :func:`_day_in`)."""
    m = _ARRIVED.search(text, start, end)
    return _day_in(text, m.start(), m.end(), today) if m else None


def arrival_of_continued_visit(records: Iterator[Record], text: str) -> Iterator[Record]:
    """The records, each visit told as going on dated from its arrival told next."""
    recs = list(records)
    for r in recs:
        src = r.source
        if r.type != "visit" or src is None or r.date.end or len(r.date.start or "") != 10:
            continue
        m = _CONTINUES.search(src.text)
        today = iso_day(r.date.start)
        if m is None or today is None:
            continue
        began = _BEGAN.search(src.text, m.end())
        first = _day_in(src.text, began.start(), began.end(), today) if began else None
        first = first or _arrival_day(text, src.end, min(len(text), src.end + _REACH), today)
        if first is None:
            continue
        n = _DAYS.search(m.group("lead") or "")
        last = None
        if n is not None:
            k = n.group("n").lower()
            count = _N[k] if k in _N else int(k)
            last = (first + _dt.timedelta(days=count - 1)).isoformat()
        told = r.date.start or ""
        r.date = DateSpan(first.isoformat(), last if last and last >= told else None)
    yield from recs
