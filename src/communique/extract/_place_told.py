"""Whether a sentence goes on in a city of the country the last dated event went to
("... official visits to Spain in January. In Madrid, he was received by the King";
"He also held talks in Tokyo with ...") and so takes that event's time (used by
:mod:`._frame_parts`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._recognise import Sentence
from ._triggers import Trigger

if TYPE_CHECKING:
    from ._frame_parts import Context

__all__: list[str] = []


def _in_place_told(s: Sentence, ctx: Context) -> bool:
    """Whether the sentence opens in a city of the country the last dated event
    went to ("... official visits to Spain in January. In Madrid, he was
    received by the King")."""
    m = _IN_PLACE.match(s.text, s.start, s.end)
    if m is None or not ctx.last_seen_to:
        return False
    return any(e.kind in ("city", "country") and e.start == m.end(1) - len(m.group(1))
               and e.code in ctx.last_seen_to for e in s.ents)


def _held_in_place_told(s: Sentence, t: Trigger, ctx: Context) -> bool:
    """Whether the event is held in a city of the country the last dated event of
    the same paragraph went to ("On 7 May, during his visit to Japan, ... . He also
    held talks in Tokyo with ..."); talks only ("opened an embassy in Warsaw" after
    the Polish minister was received is no part of that meeting)."""
    m = _IN_AFTER.match(s.text, t.end, s.end) if t.type == "meeting" else None
    if m is None or not ctx.last_seen_to or ctx.last_seen_para != s.para:
        return False
    return any(e.kind == "city" and e.start == m.end() and e.code in ctx.last_seen_to
               for e in s.ents)


#: a place right after the verb: "held talks in Tokyo", "met in Osaka with"
_IN_AFTER = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?")
_IN_PLACE = re.compile(r"\W*(?i:in|at|while in)\s+(?:the\s+)?([A-Z][\w'’. -]{1,30}?)"
                       r"(?:,|\s+(?=(?:he|she|they|we|the)\s))")  # ("In Tokyo he met")
