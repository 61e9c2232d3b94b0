"""An item whose heading names its own day with its year, for the item's relative days.

"Minister meets Latvian counterpart - 12.5.2019\\n\\nToday the Minister met ...": on a
page of several dated news items, "today", "this morning" and "yesterday" of an item
count from the day its own heading names in full, not from the page's first date. An
item under a heading that names no such day counts from the page's own date again. A
line that names only a day, or the day the page was published ("Published 6 May
2025"), is no item's heading.
"""

from __future__ import annotations

import datetime as _dt
import re

from ._dates import find_dates
from ._frame_parts import Context

__all__ = ["item_dateline"]

#: a word of the item's title beside its day
_WORD = re.compile(r"[^\W\d_][\w'’-]+")
#: a line that only says when the page was put out
_PUBLISHED = re.compile(r"(?i)(?:first\s+|last\s+)?(?:published|posted|updated|released|issued|"
                        r"modified|date|dated|press\s+release)\b")


def item_dateline(ctx: Context, own: object | None, text: str, start: int, end: int) -> None:
    """Set ``ctx.dateline`` for the item the heading ``text[start:end]`` opens: the one
    day it names with day, month and year written, else the page's own date ``own``."""
    ctx.dateline = own
    if own is None or not any(c.isdigit() for c in text[start:end]):
        return
    found = find_dates(text, start, end)
    if len(found) != 1 or found[0].relative or found[0].has_end:
        return
    d = found[0]
    rest = text[start:d.start] + " " + text[d.end:end]
    if len(_WORD.findall(rest)) < 3 or _PUBLISHED.match(rest.strip(" \t-–—|:,(")):
        return  # "Published 6 May 2025", "Monday, 3 May 2021": the page's date, no item's
    if d.y1 is not None and d.m1 is not None and d.d1 is not None:
        try:
            ctx.dateline = _dt.date(d.y1, d.m1, d.d1)
        except ValueError:
            return
