"""A bare talk verb whose object opens with a situation in a country ("discussed the
evolving situation in Syria with the Foreign Minister of Norway", "reviewed the crisis
in Sudan with her Kenyan counterpart"): the topic cut the trigger's region right after
the verb, so the side talked with is the one named after the topic's "with" (see
:func:`communique.extract._readings.partner_after_topic`), not the country talked
about nor the partner the text was about before."""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["situation_topic"]

#: the object right after the verb: "the (evolving|latest ...) situation / crisis /
#: conflict / developments in|of|on"
_SITUATION = re.compile(
    r"\s+(?:the\s+)?(?:(?:[\w-]+|[\w-]+\s+and\s+[\w-]+)\s+){0,2}?"
    r"(?:situation|crisis|conflict|developments|issue|war|tensions)\s+(?:in|of|on|around)\b",
    re.I)


def situation_topic(s: Sentence, end: int, cut: int) -> bool:
    """Whether the region of a bare talk verb ending at ``end`` was cut (at ``cut``) by
    a topic that is the verb's own object, a situation in a place."""
    m = _SITUATION.match(s.text, end)
    return m is not None and cut <= m.end()
