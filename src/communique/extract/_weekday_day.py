"""A weekday told with its day of the month and no month ("on Saturday 23", "on
Sunday the 4th", as Spanish texts word it: "el sábado 23"): the month is the one,
near the days the text is known by (its dateline, or the days it names), in which
that day of the month falls on that weekday. The weekday checks the month: only a
month or two around any day fits, so the one nearest wins; none within reach leaves
the weekday as it was read before (counted back from the dateline, or unresolved)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

__all__ = ["WEEKDAY_DAY", "weekday_day"]

_WD = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|"
           r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
#: "on Saturday 23", "on Sunday, the 4th", "Saturday 23 which ...": the day's number
#: ends a date (punctuation, or a word that opens a clause or a phrase follows); not a
#: count ("on Saturday 12 ministers met"), a time ("Friday 10:30") or a month's day
#: ("Saturday 23 March": read as the date it is)
WEEKDAY_DAY = re.compile(
    r"\b(?P<rel>(?i:on)\s+" + _WD + r"),?\s+(?:the\s+)?(?P<d1>[1-3]?\d)(?:st|nd|rd|th)?"
    r"(?![\w:./–-])(?!,?\s+(?:of\s+)?" + _MONTHS + r")"
    r"(?=\s*[,;.)]|\s+(?:in|at|on|which|that|when|where|and|with|during|for|to|from|"
    r"after|before|the)\b|\s*$)")
#: how far from a day the text is known by the weekday's day may lie
_REACH = 45


def weekday_day(weekday: int, day: int, near: Iterable[_dt.date]) -> _dt.date | None:
    """The day ``day`` of a month on which it falls on ``weekday`` (0 Monday) nearest
    to one of ``near`` (within ``_REACH`` days; the earlier on a tie), or None."""
    best: tuple[int, _dt.date] | None = None
    for ref in near:
        for shift in (-2, -1, 0, 1):
            y, m = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
            try:
                cand = _dt.date(y, m + 1, day)
            except ValueError:
                continue
            gap = abs((cand - ref).days)
            if cand.weekday() == weekday and gap <= _REACH \
                    and (best is None or (gap, cand) < best):
                best = (gap, cand)
    return best[1] if best else None
