"""A relative day in apposition to the date it names ("on Tuesday, 16 September",
"today, June 18th 2024", "today and tomorrow, 10-11 May"): one day (or two), told
twice (moved out of :mod:`._dates`); "this week" before the weekdays that tell its days
("this week, on Monday and on Wednesday") is those days."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._dates import DateMention

__all__ = ["apposed"]

#: "on Tuesday, 16 September", "today, June 18th 2024", "on Thursday [2 May]": a relative day in
#: apposition to the date it names
#: ("today and tomorrow, 10-11 February": the two days, then the dates they are; "On
#: Thursday [2 May]": square brackets too)
_APPOSED_GAP = re.compile(r"(?:\s+and\s+tomorrow)?[\s,(\[]*(?:the\s+)?")


def apposed(text: str, found: list[DateMention], weekdays: Collection[str]) -> list[DateMention]:
    """Drop a weekday or "today" written right before a full date: both name one
    day, and the relative one alone would resolve against the dateline."""
    out = []
    for i, d in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if d.relative and (d.relative.startswith(("on ", "today", "yesterday", "last ",
                                                  "this past "))
                           or d.relative in weekdays) \
                and nxt is not None \
                and nxt.d1 is not None and nxt.m1 is not None \
                and _APPOSED_GAP.fullmatch(text, d.end, nxt.start):
            continue
        if d.relative == "this week" and nxt is not None and nxt.relative \
                and nxt.relative.removeprefix("on ") in weekdays \
                and _WEEK_GAP.fullmatch(text, d.end, nxt.start):
            continue  # "this week, on Monday and on Wednesday": the days it holds
        out.append(d)
    return out


#: between "this week" and the weekdays that tell its days: "this week, on Monday",
#: "this week (on Tuesday)", "this week – on Monday"
_WEEK_GAP = re.compile(r"[\s,(–-]*")
