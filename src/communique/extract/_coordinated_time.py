"""A second predicate of the subject with its own time before its verb.

"Peru and Norway established diplomatic relations in 1998 and in 2012 signed an
agreement on fisheries": the first time belongs to the first predicate; the
second, written between "and" and the verb, is the time of what the second verb
tells. An event with no date after it otherwise takes the sentence's first
(see :func:`communique.extract._frame_basics._month_day`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._dates import DateMention

__all__ = ["coordinated_time"]

#: "and" (with "then", "later" ...) and a preposition of time right before the date
#: (or "but", a semicolon: "did not travel in April, but in June visited Canada", "...
#: in April; in June he visited Canada")
_AND_BEFORE = re.compile(r"(?:\b(?:and|but)|;)\s+(?:(?:then|later|subsequently|afterwards),?\s+)?"
                         r"(?:(?:in|on|during|by|at)\s+)?$", re.I)
#: the end of a span told by its two ends: "between 2014 and ", "from May to "
_SPAN_END = re.compile(r"\b(?:between|from)\s+[^,;.]{1,30}?\s+(?:and|to)\s+$", re.I)
#: nothing between the date and the trigger but a comma, "also", "then" (and the subject
#: said again: "in June he visited", "in May the Minister went")
_GAP = re.compile(r"\s*,?\s*(?:(?:he|she|they|we|I|(?:the\s+)?(?-i:[A-Z])[\w-]+"
                  r"(?:\s+(?-i:[A-Z])[\w-]+)?)\s+)?(?:(?:also|then|later|jointly|finally)\s+)?",
                  re.I)


def coordinated_time(text: str, dates: Sequence[DateMention],
                     t_start: int) -> DateMention | None:
    """The date written between "and" and the trigger at ``t_start`` when an earlier
    date of ``dates`` comes before it (see above), else ``None``."""
    before = [d for d in dates if d.end <= t_start]
    if len(before) < 2:
        return None
    last = before[-1]
    if not _GAP.fullmatch(text, last.end, t_start):
        return None
    if _AND_BEFORE.search(text, max(0, last.start - 40), last.start) is None \
            or _SPAN_END.search(text, max(0, last.start - 60), last.start) is not None:
        return None  # (not a span's end: "Between 2014 and 2017 the Minister visited")
    return last
