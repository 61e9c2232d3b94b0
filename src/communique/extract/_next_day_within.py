"""A day told, then "the next morning" in the same sentence before the next event's
verb: "The Minister arrived in Rome on 12 March and the next morning met the Foreign
Minister of Italy" (the meeting on the 13th), "landed in Rome on Tuesday, and two days
later held talks with", "arrived on 12 March and met him the following day", "visited A
on 20 February, then went on to B over the next two days" (the 21st and 22nd). The
event after the phrase is on the day after the one told (or as many days as it
says); the event before it keeps the day told."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from ..model import DateSpan, Record
from ._frame_dates import _resolved
from ._frame_parts import Context
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["next_day_within"]

_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: "the next morning", "the following day", "on the next day", "two days later", "a
#: day later" (not "the next week": a day is told)
_LATER = re.compile(
    r"\b(?:(?:on|in|early|late)\s+)?(?:the\s+)?(?:(?:very\s+)?next|following)\s+"
    r"(?:day|morning|afternoon|evening)\b|"
    r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+later\b|"
    # "then went on to Senegal over the next two days": the days after the one told
    r"\b(?:over|during|in|for)\s+the\s+(?:next|following)\s+(?P<span>two|three|four|five|\d)"
    r"\s+days\b", re.I)
#: what may stand between the phrase and the verb it dates before it: a subject, a
#: comma ("and the next morning met", "and, the following day, he held talks")
_TO_VERB = re.compile(r"[\s,]*(?:(?:he|she|they|the\s+(?:[\w-]+\s+){0,2}?(?:minister|"
                      r"president|secretary|delegation|premier|chancellor|leaders|"
                      r"ministers))\s*,?\s*)?(?:(?:also|then|first)\s+)?$", re.I)
#: what may stand between the event's object and the phrase after it: no clause
#: break ("met the Foreign Minister the next morning"; not "...; the next day")
_NO_BREAK = re.compile(r"[^;]*$")


def next_day_within(s: Sentence, t: Trigger, made: list[Record], ctx: Context,
                    reach: int) -> list[Record]:
    """``made`` (the records of trigger ``t``), moved to the day after the day told
    before it when "the next morning" (or "n days later") stands between that day
    and ``t``, or right after ``t`` in its own region (up to ``reach``)."""
    if not made or not s.dates:
        return made
    m = None
    for hit in _LATER.finditer(s.text, s.start, t.start):
        m = hit
    if m is not None and not _TO_VERB.fullmatch(s.text, m.end(), t.start):
        m = None
    if m is None:
        m = _LATER.search(s.text, t.end, reach)
        if m is not None and (not _NO_BREAK.fullmatch(s.text, t.end, m.start())
                              or any(t.end <= d.start < m.start() for d in s.dates)):
            m = None
    if m is None:
        return made
    days = [d for d in _resolved(s.dates, ctx) if d.end <= min(m.start(), t.start)]
    if not days or any(m.end() <= d.start < t.start for d in s.dates):
        return made
    first, last = days[-1].iso()
    if last or first is None or len(first) != 10:
        return made  # (a span or a month: no one day to count from)
    n = m.group("n")
    step = _COUNT.get(n.lower(), 1) if n and not n.isdigit() else int(n) if n else 1
    day = (_dt.date.fromisoformat(first) + _dt.timedelta(days=step)).isoformat()
    span = m.group("span")
    if span:  # ("over the next two days": the day after the one told, and the one after)
        n_days = _COUNT.get(span.lower(), 1) if not span.isdigit() else int(span)
        end = (_dt.date.fromisoformat(first) + _dt.timedelta(days=n_days)).isoformat()
        new = DateSpan(day, end if end != day else None)
    else:
        new = DateSpan(day)
    return [replace(r, date=new) if r.date.start == first and not r.date.end
            else r for r in made]
