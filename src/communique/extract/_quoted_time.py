"""A time named only inside quoted words, earlier than the day a readout is telling
("Turkey has named an ambassador last week," said the minister, after the talks held
yesterday): the speaker's background, not the day the next sentences go on with."""

from __future__ import annotations

import re

from ..model import DateSpan
from ._dates import DateMention
from ._recognise import Sentence

__all__ = ["spoken_before"]

#: a quotation: curly or straight double quotes
_QUOTE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def _quoted(s: Sentence) -> list[tuple[int, int]]:
    return [(s.start + m.start(), s.start + m.end())
            for m in _QUOTE.finditer(s.text[s.start:s.end])]


def spoken_before(s: Sentence, explicit: list[DateMention], day: DateSpan,
                  last: DateSpan | None) -> bool:
    """Whether every time ``s`` names (``explicit``) stands inside a quotation and the
    day it gives (``day``) is before the day told last (``last``, a day) or a coarser
    time holding it ("last week" in the same month): no news of a later day."""
    if last is None or not last.start or len(last.start) != 10 or not day.start \
            or not explicit:
        return False
    quotes = _quoted(s)
    if not all(any(a <= d.start < b for a, b in quotes) for d in explicit):
        return False
    n = min(len(day.start), len(last.start))
    return day.start[:n] < last.start[:n] or (n < 10 and day.start[:n] == last.start[:n])
