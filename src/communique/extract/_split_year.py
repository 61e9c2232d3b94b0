"""A review of a split year: a financial or reporting year that runs across two
calendar years ("Annual Report 2016-17", "the year 2016–2017", "in FY 2016/17").

Such a review's undated events happened somewhere in the two years it covers, so they
take the span of both ("2016".."2017"), not the year it was published (a report of
2016-17 published in 2017 tells of events from mid-2016 on). The split year must be
named in the text's opening (its title or lead) next to a word that makes it the
period reported on, and one of its two years must be the year the text is of.
"""

from __future__ import annotations

import re

from ..model import DateSpan

__all__ = ["split_year"]

#: how far into the text the split year must be named (title, subtitle, lead)
_HEAD = 700
#: "2016-17", "2016–2017", "2016/17": two years in a row (not a day "2016-07-01")
_SPLIT = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)\s?[-–—/]\s?((?:19|20)?\d\d)(?![\w/.–-])")
#: what names the split year as the period reported on, just before it
_BEFORE = re.compile(r"\b(?:report|review|year|yearbook|overview|summary|FY|in|during|"
                     r"for|over|of|throughout)\s*:?\s*$", re.I)
#: ... or just after it ("2016-17 Annual Report", "2016-17 in review")
_AFTER = re.compile(r"^\s*(?:annual\s+report|report|review|in\s+review|financial\s+year|"
                    r"fiscal\s+year|reporting\s+(?:year|period))\b", re.I)


def split_year(text: str, year: int | None) -> DateSpan | None:
    """The two calendar years of the split year the text's opening reports on, as a
    span ("2016".."2017"), or None when it names none (see the module)."""
    head = text[:_HEAD]
    for m in _SPLIT.finditer(head):
        first, second = int(m.group(1)), m.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if last != first + 1 or (year is not None and year not in (first, last)):
            continue
        if _BEFORE.search(head, max(0, m.start() - 30), m.start()) \
                or _AFTER.match(head, m.end()):
            return DateSpan(f"{first:04d}", f"{last:04d}")
    return None
