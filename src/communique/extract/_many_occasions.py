"""Contacts told as a tally: "I have met the Foreign Minister of Spain on several
occasions since she took office", "has spoken with his German counterpart a number of
times this year", "have engaged with A repeatedly". Such a sentence sums up several
meetings or calls without telling any one of them (a review or an answer to a question
tells each below it with its day): it gives no record. "On both occasions" and "each
time" (two occasions told before) are :mod:`communique.extract._occasions`'.
"""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["many_occasions"]

#: how far after the trigger the tally may come (a long title and a name between)
_REACH = 200
#: the tally, in the same clause as the trigger: no sentence break, no relative
#: clause and no second predicate ("and visited Kenya several times") before it
_TALLY = re.compile(
    r"(?:(?!\b(?:which|who|whom|where|while|after|before|when)\b|\band\s+(?:then\s+|also\s+)?"
    r"(?:has\s+|have\s+|had\s+)?[a-z]+ed\b)[^.;:!?]){0,180}?\b(?:on\s+(?:several|many|"
    r"numerous|multiple|various|repeated|countless|a\s+(?:large\s+)?number\s+of)\s+occasions|"
    r"(?:several|many|numerous|multiple|a\s+(?:large\s+)?number\s+of|countless)\s+times|"
    r"repeatedly)\b", re.I)


def many_occasions(s: Sentence, t: Trigger) -> bool:
    """Whether the meeting or call ``t`` is told as a tally of several occasions (see
    the module's docstring)."""
    return t.type in ("meeting", "call") \
        and _TALLY.match(s.text, t.end, min(s.end, t.end + _REACH)) is not None
