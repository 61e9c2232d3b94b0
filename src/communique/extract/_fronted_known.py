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
#: the adjunct's preposition and determiner inside the trigger ("After the official talks")
_HOLDS_ADJUNCT = re.compile(r"(?:after|following|before|upon)\s+(?:the|this|that|these|their|"
                            r"his|her)\s+", re.I)


def fronted_known(s: Sentence, t: Trigger, reported: set[tuple[str, tuple[str, ...]]]) -> bool:
    """Whether ``t`` is the whole of such an adjunct and an event of its type was told."""
    if t.type not in ("call", "meeting") or not s.text.startswith(",", t.end):
        return False
    start = t.start
    if (det := _DETERMINER.match(t.text)) is not None:
        start += det.end()  # (a trigger that holds its article: "the talks")
    if (held := _HOLDS_ADJUNCT.match(t.text)) is not None and not s.text[s.start:t.start].strip():
        # (a trigger that holds the whole adjunct: "After the official talks,")
        start = t.start + held.end()
    if not _FRONTED.fullmatch(s.text, s.start, start):
        return False
    # (talks named so after a round of consultations or a commission's session told:
    # "After the official talks, the two secretaries unveiled ...": that round)
    kinds = (t.type, "consultation", "commission") if t.type == "meeting" else (t.type,)
    return any(k[0] in kinds for k in reported)
