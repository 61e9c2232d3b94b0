"""A call or meeting named as known in a fronted adjunct that closes before the
sentence goes on: "Following the phone call, the Minister left for Japan", "After
the meeting, she travelled on to Lima". The adjunct names the event told before (a
call of that kind was already reported) and only dates what comes after it: the
countries of the rest of the sentence (the trip to Japan) are not its sides, and it
is no second event.
"""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["fronted_known"]

#: "Following the phone call,", "After this meeting,", "Before their talks," at the
#: sentence's start, up to the trigger (which the comma closes)
_FRONTED = re.compile(r"\s*(?:After|Following|Before|Prior to|Upon|On|At the (?:end|close) of|"
                      r"Shortly (?:after|before))\s+(?:the|this|that|these|their|his|her)\s+"
                      r"(?:[\w-]+\s+){0,2}?$")

_DETERMINER = re.compile(r"(?:the|this|that|these|their|his|her)\s+", re.I)


def fronted_known(s: Sentence, t: Trigger, reported: set[tuple[str, tuple[str, ...]]]) -> bool:
    """Whether ``t`` is the whole of such an adjunct and an event of its type was told."""
    if t.type not in ("call", "meeting") or not s.text.startswith(",", t.end):
        return False
    start = t.start
    if (det := _DETERMINER.match(t.text)) is not None:
        start += det.end()  # (a trigger that holds its article: "the talks")
    if not _FRONTED.fullmatch(s.text, s.start, start):
        return False
    return any(k[0] == t.type for k in reported)
