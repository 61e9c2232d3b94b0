"""The day a readout's sentence opens with when it tells the issuer's official doing
something that is no event ("On 22 September, the Minister delivered a lecture at
Columbia University. He also met the Foreign Minister of Chile."): the day the
next undated events of the readout are told on, as an event's own day would be."""

from __future__ import annotations

import re

from ._dates import DateMention
from ._recognise import Sentence
from ._triggers import load_triggers

__all__ = ["opens_with_an_officials_day"]

#: what may stand before the day at the sentence's opening: "On", "Early on",
#: "In the morning of"
_BEFORE = re.compile(r"\s*(?:(?:early|late|later)\s+)?(?:on|in\s+the\s+(?:morning|afternoon|"
                     r"evening)\s+of|on\s+the\s+(?:morning|afternoon|evening)\s+of)\s+$", re.I)
#: the official after the day: "..., the Minister", "Minister A", "Foreign Minister
#: A", "he", "she" (not "the agreement", "Georgia")
_OFFICIAL = re.compile(r",?\s+(?:(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?-i:Minister|Secretary|"
                       r"President|Premier|Chancellor|Ambassador|Envoy)\b|(?i:he|she)\b)")


def opens_with_an_officials_day(s: Sentence, explicit: list[DateMention]) -> bool:
    """Whether the sentence opens with its first date and an official right after it
    ("On 22 September, the Minister ...", "On Monday, Foreign Minister A ...") and
    names no event at all (an event left unrecorded keeps its day: "On 2 June the
    Minister held consultations ahead of the Summit" dates no summit)."""
    if not explicit:
        return False
    first = min(explicit, key=lambda d: d.start)
    return bool(_BEFORE.fullmatch(s.text, s.start, first.start)) \
        and _OFFICIAL.match(s.text, first.end, s.end) is not None \
        and not load_triggers().find(s.text, s.start, s.end)
