"""A visit named as what the one just told is: "This is a return visit after A
visited Zagreb in 2020", "It was the Minister's first official visit to Asia", "This
marks the first visit of a Croatian minister in a decade". The subject ("this",
"it") is the visit told before; the noun after the verb names it again, so it is no
visit of its own, and the times in the rest of the sentence are other occasions'
(used by :mod:`._frames_travel`)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["visit_predicated"]

#: the subject that points back and a verb that names it, then the visit's noun
#: (a few words between: "a return", "his first official", "the Minister's second")
_THIS_IS = re.compile(r"\W*(?:this|it|that)\s+(?:is|was|marks|marked|represents|"
                      r"represented|constitutes|constituted|will\s+be)\s+(?:also\s+)?"
                      r"(?:(?:a|an|the|his|her|their|its)\s+)?"
                      r"(?:[\w’'-]+\s+){0,3}?$", re.I)
#: the trigger as the visit's noun, not a verb ("visited")
_NOUN = re.compile(r"(?:^|\s)(?:visit|trip|tour|stay)$", re.I)


def visit_predicated(s: Sentence, t: Trigger, told: bool) -> bool:
    """Whether ``t`` names the visit just told (``told``: a visit was reported before)
    as the complement of "This is", "It was", "This marks" opening the sentence."""
    return told and bool(_NOUN.search(t.text)) \
        and _THIS_IS.fullmatch(s.text, s.start, t.start) is not None
