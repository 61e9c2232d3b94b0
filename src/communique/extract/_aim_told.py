"""The aim of a talk, told in a purpose clause after it: "met the ministers of A and B
in Nairobi in a bid to defuse tensions between the two and C", "in an effort to ease
the dispute between A and C", "with a view to settling the conflict in C". The
countries of the quarrel the talk sought to calm are its topic, not its sides (a side
named before the clause stays one)."""

from __future__ import annotations

import re

from ._gate import Gated
from ._recognise import Ent, Sentence

__all__ = ["in_aim_told"]

#: a purpose marker, then a verb of calming or settling a quarrel, then up to the name
#: with no stop or semicolon between ("to boost ties between A and B" names the sides:
#: not a verb of this list)
_AIM = Gated(re.compile(
    r"\b(?:in\s+(?:a|an)\s+(?:bid|effort|attempt|push|drive|move)\s+to|aimed\s+at|"
    r"with\s+(?:a|the)\s+(?:view|aim|goal)\s+(?:to|of)|seeking\s+to|so\s+as\s+to|"
    r"in\s+order\s+to)\s+(?:help\s+(?:to\s+)?)?"
    r"(?:defus|eas|resolv|end|settl|calm|reduc|de-?escalat|mediat|bridg|heal|overcom|solv|"
    r"reconcil|resolv|halt|stop|contain|avert|prevent)(?:e|es|ed|ing)?\b[^.;]{0,90}$", re.I))


def in_aim_told(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` is named inside a purpose clause telling the quarrel a talk sought
    to calm."""
    return _AIM.search(s.text, max(s.start, e.start - 110), e.start) is not None
