"""Days listed with one month written once: "on 2 and 7 May", "on 3, 9 and 21 June
2025", "On 4 and 18 March," (the month after the last day), and "on May 2 and 7",
"on June 3, 9 and 21," (the month before the first). The date patterns read only the
day the month is written beside (two days in a row, "on 28 and 29 April", are one
occasion's span and stay so); each day listed before or after it is a day of that
month too, a mention of its own, so that "held two conversations with A, on 2 and 7
May" dates two calls.

The list is opened by "on" (or "On"), its days rise, and after a month written first
the last day closes the clause (a stop, a comma, "respectively"), so that "on May 2
and 7 others" lists no day."""

from __future__ import annotations

import re
from dataclasses import replace

from ._date_mention import DateMention

__all__ = ["DAYS_LISTED", "listed_days"]

_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
#: the days before the month's day: "on 2 and ", "On 3, 9 and ", "on the 4th and "
_BEFORE = re.compile(r"\b[Oo]n\s+(?:the\s+)?(?P<days>" + _DAY + r"(?:\s*,\s*" + _DAY
                     + r")*)\s*,?\s*(?:and|&)\s+(?:(?:on\s+)?the\s+)?$")
#: the days after a month written first: " and 7", ", 9 and 21" (the clause closing)
_AFTER = re.compile(r"(?P<days>(?:\s*,\s*" + _DAY + r")*\s*,?\s*(?:and|&)\s+" + _DAY
                    + r")(?=\s*(?:[.;:)]|,(?!\s*\d)|,\s*(?:19|20)\d\d\b|$|\s+respectively\b))")
#: a list of days with one month, as the sentence tells it ("on 17 and 19 February",
#: "on May 2 and 7"): with as many partners listed, the n-th partner's day is the n-th
#: (see :func:`communique.extract._time_scope.respectively`)
DAYS_LISTED = re.compile(r"\b[Oo]n\s+(?:the\s+)?" + _DAY + r"(?:\s*,\s*" + _DAY + r")*\s*,?\s*"
                         r"(?:and|&)\s+" + _DAY + r"\s+(?:of\s+)?[A-Z][a-z]+|"
                         r"\b[Oo]n\s+[A-Z][a-z]+\.?\s+" + _DAY + r"(?:\s*,\s*" + _DAY
                         + r")*\s*,?\s*(?:and|&)\s+" + _DAY + r"\b")
#: a month written first: the mention's text opens with a letter
_MONTH_FIRST = re.compile(r"[A-Za-z]")
_NUM = re.compile(r"\d+")


def _valid(d: DateMention, day: int) -> bool:
    return 1 <= day <= (29 if d.m1 == 2 else 30 if d.m1 in (4, 6, 9, 11) else 31)


def listed_days(text: str, found: list[DateMention], start: int, end: int
                ) -> list[DateMention]:
    """``found`` (in order) with a mention for each day listed beside a single day's
    mention that carries its month (see the module's doc)."""
    out: list[DateMention] = []
    for d in found:
        if d.d1 is None or d.m1 is None or d.has_end or d.relative:
            out.append(d)
            continue
        before = _BEFORE.search(text, max(start, d.start - 40), d.start) \
            if not _MONTH_FIRST.match(text, d.start) else None
        if before is not None:
            days = [(int(m.group()), before.start("days") + m.start())
                    for m in _NUM.finditer(before.group("days"))]
            nums = [n for n, _ in days] + [d.d1]
            if all(a < b for a, b in zip(nums, nums[1:], strict=False)) \
                    and all(_valid(d, n) for n, _ in days):
                out += [DateMention(a, a + len(str(n)), d.y1, d.m1, n) for n, a in days]
        out.append(d)
        after = _AFTER.match(text, d.end, end) if _MONTH_FIRST.match(text, d.start) else None
        if after is not None:
            days = [(int(m.group()), d.end + m.start())
                    for m in _NUM.finditer(after.group("days"))]
            nums = [d.d1] + [n for n, _ in days]
            if all(a < b for a, b in zip(nums, nums[1:], strict=False)) \
                    and all(_valid(d, n) for n, _ in days):
                out += [replace(d, start=a, end=a + len(str(n)), d1=n) for n, a in days]
    # (a day told alone by its ordinal, "on the 2nd and 7th May", is now the listed one)
    new = [(m.start, m.end) for m in out if m not in found]
    return [m for m in out if m not in found or m.d1 is None or m.m1 is not None
            or not any(a < m.end and m.start < b for a, b in new)]
