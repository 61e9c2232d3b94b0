"""A trip named with its own traveller's possessive after a conjunction ("the state
visit of the President of Finland in March and the Minister's trip to China in
November"): what the text names before that possessive is the earlier item's, no
traveller of this trip. A trip ranked among those of its kind of travellers ("arrived
in Oslo on a state visit, the first by a Chilean head of state"): the country after
"by" is the visitor's own, no host."""

from __future__ import annotations

import re

from ._recognise import Ent, Sentence
from ._triggers import Trigger

__all__ = ["own_possessor", "ranked_visitor"]

#: "and the Minister's ", ", the State Secretary's ", "and Minister Berg's " right
#: before the trip's noun (a few words of its own between: "official", "three-day")
_POSSESSOR = re.compile(r"(?:\band|,|;)\s+(?:the\s+|then\s+)?(?:[\w.-]+\s+){0,4}?[\w-]+['’]s\s+"
                        r"(?:[\w-]+\s+){0,3}?$")


def own_possessor(s: Sentence, t: Trigger, left: int, ents: list[Ent]) -> list[Ent]:
    """``ents`` (named between ``left`` and the trip's trigger ``t``) without those
    before a possessive of the trip's own ("... and the Minister's trip to China")."""
    m = _POSSESSOR.search(s.text, max(left, t.start - 80), t.start)
    if m is None:
        return ents
    return [e for e in ents if e.start >= m.start()]


#: "the first by a", "the first visit by a", "his second trip since 2015 by an": a trip
#: ranked among those of travellers of a kind, named after "by"
_RANKED_BY = re.compile(r"\b(?:first|second|third|last|only|latest)\b[^,.;()]{0,40}?\bby\s+"
                        r"(?:an?|the)\s+$", re.I)


def ranked_visitor(s: Sentence, e: Ent) -> bool:
    """Whether ``e`` names the kind of traveller a trip is ranked among (", the first
    by a Chilean head of state"): the visitor's side, no host."""
    return _RANKED_BY.search(s.text, max(s.start, e.start - 60), e.start) is not None
