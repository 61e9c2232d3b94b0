"""A gerund subject named as a goal ("Visiting Brazil this year is a priority
objective of the Minister", "Meeting the leaders of the region remains our aim"):
a goal set, no occasion (used by :mod:`communique.extract._not_held`)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["goal_subject"]

#: the trigger opens with a gerund ("Visiting", "Holding talks with")
_GERUND = re.compile(r"[A-Za-z]+ing\b")
#: only quotes or brackets before it in its clause
_OPENS = re.compile(r"[\s\"“‘'(]*$")
#: its verb after it, no comma or verb of another subject between: the goal ("is a
#: priority objective", "remains one of our aims")
_GOAL = re.compile(
    r"(?:(?!\b(?:said|says|stated|noted|stressed|added|told|met|held|was\s+received)\b)"
    r"[^.;,]){0,100}?\b(?:is|remains|remained|was|will\s+be|has\s+become|became)\s+"
    r"(?:also\s+|still\s+)?(?:an?|the|one\s+of\s+(?:the|our|his|her|its|their)|our|his|her|its|"
    r"their)\s+(?:[\w-]+\s+){0,2}?(?:goals?|aims?|objectives?|priorit(?:y|ies)|ambitions?|"
    r"targets?)\b", re.I)


def goal_subject(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether ``t`` is a gerund that opens its clause and the clause names it a goal."""
    return bool(_GERUND.match(t.text) and _OPENS.match(s.text[cl[0]:t.start])
                and _GOAL.match(s.text, t.end, cl[1]))
