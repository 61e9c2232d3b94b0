"""A month counted on from the one told before: "The following month, he met ...", "The
next month he travelled to Poland", "A month later, ...", "Two months later, ...", "The
month after, ..." opening a sentence. The month of the event told before, plus the
months counted (a review's narrative, or a readout's background); with no month told
before, nothing (the sentence's own date, or the document's, as before)."""

from __future__ import annotations

import re

from ..model import DateSpan
from ._recognise import Sentence

__all__ = ["NEXT_MONTH", "months_after"]

_COUNTS = ("a", "one", "two", "three", "four", "five", "six")
#: the sentence's opening phrase, with the months it counts
NEXT_MONTH = re.compile(
    r"\W*(?:\d+\.\s*)?(?:(?:in|during|early\s+in|later\s+in)\s+)?(?:"
    r"the\s+(?:following|next|subsequent)\s+month|the\s+month\s+after(?:wards)?|"
    r"(?P<n>a|one|two|three|four|five|six|\d)\s+months?\s+later)\b", re.I)


def months_after(s: Sentence, told: DateSpan | None) -> DateSpan | None:
    """The month ``s`` opens on, counted from the month of ``told`` (None when the
    sentence opens otherwise or no month was told)."""
    m = NEXT_MONTH.match(s.text, s.start, s.end)
    if m is None or told is None or len((told.end or told.start) or "") < 7:
        return None
    n = m.group("n")
    count = 1 if not n else int(n) if n.isdigit() else max(1, _COUNTS.index(n.lower()))
    base = (told.end or told.start or "")[:7]
    year, month = int(base[:4]), int(base[5:7]) + count
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return DateSpan(f"{year:04d}-{month:02d}")
