"""A digest's date written on a line of its own under the title.

"Weekly Review\\n\\nMarch 8, 2024\\n\\nOn Tuesday, the Minister ...": the line below
the title dates the digest as a dateline does on the title's own line, so its
weekdays count back from that day. A date line further down, after the first item
has begun, stays that item's day, not the digest's.

A digest whose title names the days it covers ("Weekly digest, 6-12 May 2024") counts
its weekdays back from the last of them: "Monday" is the 6th, also when the digest is
published on Monday the 13th.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..model import DateSpan
from ._dates import find_dates

__all__ = ["dated_under_title", "week_end"]

#: how long the line under the title may be to be read as only a date
_LINE = 40
#: a weekday before the date ("Friday, 8 March 2024")
_WEEKDAY = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+")


def dated_under_title(text: str, day: _dt.date) -> bool:
    """Whether ``day`` is the whole of the first non-empty line below the text's
    title line."""
    lines = [ln.strip() for ln in text.lstrip().split("\n", 6)[1:6]]
    line = _WEEKDAY.sub("", next((ln for ln in lines if ln), ""))
    if not line or len(line) > _LINE:
        return False
    found = find_dates(line)
    return len(found) == 1 and found[0].m1 == day.month and found[0].d1 == day.day \
        and not found[0].has_end and found[0].end - found[0].start >= len(line) - 1


def week_end(span: DateSpan | None, dateline: _dt.date | None) -> _dt.date | None:
    """The day a digest's weekdays count back from: the last day of the week its title
    names (``span``, two to seven days), where no dateline is known or the dateline is
    at most a week after it; else ``dateline``."""
    if span is None or not span.start or not span.end or len(span.start) != 10 \
            or len(span.end) != 10:
        return dateline
    first, last = _dt.date.fromisoformat(span.start), _dt.date.fromisoformat(span.end)
    if not 1 <= (last - first).days <= 6:
        return dateline
    if dateline is None or 0 <= (dateline - last).days <= 7:
        return last
    return dateline
