"""An event told as repeated, with the time of each: "met the Slovak Foreign Minister
twice, in January and in August", "held talks with his counterpart twice (April and
November)": one record on each time named (the count and the times agree), as a trip
told so is read in :mod:`._frames_travel`."""

from __future__ import annotations

import re

from ..model import DateSpan, Place, Record
from ._frame_dates import _resolved
from ._frame_parts import _TIMES, Context, _record
from ._frame_rules import _TIMES_BEFORE
from ._recognise import Ent, Sentence
from ._travel_guests import date_beside, more_beside
from ._triggers import Trigger

__all__ = ["counted_stops", "each_time_dated", "trip_count"]


def each_time_dated(s: Sentence, t: Trigger, reg: tuple[int, int], dates: list[DateSpan],
                    ctx: Context) -> list[DateSpan]:
    """The times of an event the trigger's region counts ("twice", "three times"),
    when it names as many different times after the trigger; else ``dates``."""
    if len(dates) != 1:
        return dates
    near = s.text[t.start:reg[1]].lower()
    times = next((n for w, n in _TIMES.items() if w in near), 1)
    if times < 2:
        return dates
    each = list(dict.fromkeys(DateSpan(*d.iso()) for d in _resolved(s.dates, ctx)
                              if t.start <= d.start < reg[1]))
    return each if len(each) == times else dates


#: a count in the brackets right after a place: " (twice)", " (two visits)", " (three
#: times: ...)"
_COUNT_BESIDE = re.compile(r"\s*\((twice|thrice|(two|three|four|five)\s+(?:times|visits|"
                           r"trips))\b", re.I)
_NUMBERS = {"twice": 2, "thrice": 3, "two": 2, "three": 3, "four": 4, "five": 5}


def trip_count(s: Sentence, t: Trigger, cl: tuple[int, int], reg: tuple[int, int],
               group: list[Ent], dest: list[str]) -> tuple[int, str | None]:
    """How many trips the visit trigger ``t`` tells ("visited Ukraine twice", "twice
    visited"), and the one place the count is told of when it stands in that place's
    brackets among several ("Georgia, Moldova and Ukraine (twice)"), else None."""
    near = s.text[t.start:reg[1]].lower()
    before = _TIMES_BEFORE.search(s.text, max(cl[0], reg[0], t.start - 16), t.start)
    near = (before.group(0).lower() if before else "") + near
    times = next((n for w, n in _TIMES.items() if w in near), 1)
    if len(dest) < 2:
        return times, None
    beside = [(e, m) for e in group if (m := _COUNT_BESIDE.match(s.text, e.end)) is not None]
    if len(beside) != 1 or beside[0][0].code not in dest:
        return times, None
    # ("Japan (two visits) and Korea": the count in the brackets, Japan's)
    m = beside[0][1]
    return _NUMBERS[(m.group(2) or m.group(1)).lower()], beside[0][0].code


def counted_stops(s: Sentence, group: list[Ent], dest: list[str], counted: str, times: int,
                  frm: list[str], place: Place | None, ctx: Context) -> list[Record]:
    """The trips to the places ``dest`` when the count is told of one of them, ``counted``
    ("Georgia, Moldova and Ukraine (twice)", "Ukraine (twice: May and September), Moldova
    (June)"): one trip to each other place, on the date beside it, and ``times`` trips to
    that one, on the months its brackets list (the text's time for those not told)."""
    out: list[Record] = []
    for d in dest:
        b = date_beside(s, group, d, ctx)
        days = [b, *more_beside(s, group, d, ctx)] if b else []
        if d == counted:
            days += [ctx.default] * (times - len(days))
        out += [_record("visit", x, frm, [d], [], place) for x in days or [ctx.default]]
    return out
