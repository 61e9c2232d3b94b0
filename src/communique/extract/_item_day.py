"""An item whose heading names its own day with its year, for the item's relative days.

"Minister meets Latvian counterpart - 12.5.2019\\n\\nToday the Minister met ...": on a
page of several dated news items, "today", "this morning" and "yesterday" of an item
count from the day its own heading names in full, not from the page's first date. An
item under a heading that names no such day counts from the page's own date again. A
line that names only a day, or the day the page was published ("Published 6 May
2025"), is no item's heading; but on a listing whose items each open with a line that
is only a date written in figures ("25.10.2025", "2025-10-25"), two or more different
days, each such line is its item's day.

A news listing copied without its layout runs each item's day into its headline and
its headline into its lead ("05.09.2023Deputy Minister A meets Chilean Ambassador
BDeputy Minister A met today with ..."): the day glued to the line's first word is the
item's own, and its "today" counts from it (:func:`glued_item_day`).
"""

from __future__ import annotations

import datetime as _dt
import re

from ._dates import find_dates
from ._frame_parts import Context
from ._segment import GLUED_DAY_LINE

__all__ = ["dated_heading", "glued_item_day", "item_dateline"]

#: a word of the item's title beside its day
_WORD = re.compile(r"[^\W\d_][\w'’-]+")
#: a line that only says when the page was put out
_PUBLISHED = re.compile(r"(?i)(?:first\s+|last\s+)?(?:published|posted|updated|released|issued|"
                        r"modified|date|dated|press\s+release)\b")


def item_dateline(ctx: Context, own: object | None, text: str, start: int, end: int) -> None:
    """Set ``ctx.dateline`` for the item the heading ``text[start:end]`` opens: the one
    day it names with day, month and year written, else the page's own date ``own``."""
    if not any(c.isdigit() for c in text[start:end]):
        if len(_WORD.findall(text, start, end)) >= 3:
            ctx.dateline = own
        # (a label of one or two words under an item's day, "Press releases", "—",
        # keeps that day)
        return
    ctx.dateline = own
    found = find_dates(text, start, end)
    if len(found) != 1 or found[0].relative or found[0].has_end:
        return
    d = found[0]
    rest = text[start:d.start] + " " + text[d.end:end]
    bare = not rest.strip() and _listed_days(text) > 1  # (see _listed_days)
    if not bare and (len(_WORD.findall(rest)) < 3
                     or _PUBLISHED.match(rest.strip(" \t-–—|:,("))):
        return  # "Published 6 May 2025", "Monday, 3 May 2021": the page's date, no item's
    if d.y1 is not None and d.m1 is not None and d.d1 is not None:
        try:
            ctx.dateline = _dt.date(d.y1, d.m1, d.d1)
        except ValueError:
            return


#: a heading's day in brackets at its end: "Minister's call with A (Wednesday 9 February
#: 2022)", "Talks in Lima (12.5.2019)"
#: a verb in the past: a sentence that tells its event with its day ("Minister A met B
#: in Lima (12 May 2022)"), not a title (titles use the present or a noun: "A meets B")
_PAST = re.compile(r"\b(?:met|held|paid|signed|took|spoke|had|was|were|[a-z]+ed)\b")
_BRACKET_DAY = re.compile(r"\(([^()\n]{6,40})\)\s*$")


def dated_heading(line: str) -> bool:
    """Whether ``line`` (one line, no sentence's end) is an item's title closed by its own
    day, with its year, in brackets: a title of a page of dated items, not a sentence."""
    m = _BRACKET_DAY.search(line)
    if m is None or len(_WORD.findall(line[:m.start()])) < 3 or _PAST.search(line, 0, m.start()):
        return False
    found = find_dates(m.group(1))
    if len(found) != 1 or found[0].relative or found[0].has_end or found[0].d1 is None \
            or found[0].y1 is None:
        return False
    rest = m.group(1)[:found[0].start] + m.group(1)[found[0].end:]
    return not rest.strip(" ,") or rest.strip(" ,").rstrip(",").lower() in _DAY_NAMES


_DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


#: a line that is only a day written in figures: "25.10.2025", "2025-10-25", "25/10/2025"
_BARE_DAY = re.compile(r"^[ \t]*(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})[ \t]*$", re.M)


def _listed_days(text: str) -> int:
    """How many different days the page's lines of a bare date name."""
    return len({m.group().strip() for m in _BARE_DAY.finditer(text)})


def glued_item_day(ctx: Context, text: str, start: int, end: int) -> bool:
    """Set ``ctx.dateline`` to the day glued to the first word of the line that the
    sentence ``text[start:end]`` opens (see the module's docstring); whether it did."""
    if start > 0 and text[start - 1] != "\n":
        return False
    m = GLUED_DAY_LINE.match(text, start, end)
    if m is None:
        return False
    found = find_dates(text, start, m.end())
    if len(found) != 1 or found[0].relative or found[0].has_end:
        return False
    d = found[0]
    if d.y1 is None or d.m1 is None or d.d1 is None:
        return False
    try:
        ctx.dateline = _dt.date(d.y1, d.m1, d.d1)
    except ValueError:
        return False
    return True
