"""Contacts told as a tally: "I have met the Foreign Minister of Spain on several
occasions since she took office", "has spoken with his German counterpart a number of
times this year", "have engaged with A repeatedly", "Since 2019 the two ministers have met
four times" (a running count of three or more; "met twice, on 3 and 5 May" tells each).
Such a sentence sums up several meetings or calls without telling any one of them (a
review or an answer to a question tells each below it with its day): it gives no record.
"On both occasions" and "each time" (two occasions told before) are
:mod:`communique.extract._occasions`'.
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


#: a running tally by number, close after the trigger (the one met between, no comma):
#: "Since 2019 the two ministers have met four times", "have spoken on five occasions so
#: far" (not a measure: "trade has grown four times"; a count within a year reviewed,
#: "met the Foreign Minister three times during the year", is that year's record)
_COUNTED = re.compile(
    r"(?:(?!\b(?:which|who|whom|where|while|after|before|when|that|and)\b)[^.;:!?,]){0,80}?"
    r"(?<!more )(?<!grown )(?<!grew )(?<!increased )(?<!risen )(?<!rose )"
    r"\b(?:on\s+)?(?:three|four|five|six|seven|eight|nine|ten|a\s+dozen|[3-9]|\d\d)\s+"
    r"(?:times|occasions)\b", re.I)

#: the cue of a running tally: "since 2019", "so far", "to date", "over the past years"
_RUNNING = re.compile(r"\b(?:since\s+(?:19|20)\d\d|so\s+far|to\s+date|thus\s+far|until\s+now|"
                      r"over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades)|"
                      r"in\s+(?:recent|past)\s+years)\b", re.I)


def many_occasions(s: Sentence, t: Trigger) -> bool:
    """Whether the meeting or call ``t`` is told as a tally of several occasions (see
    the module's docstring)."""
    return t.type in ("meeting", "call") \
        and (_TALLY.match(s.text, t.end, min(s.end, t.end + _REACH)) is not None
             or (_COUNTED.match(s.text, t.end, s.end) is not None
                 and _RUNNING.search(s.text, s.start, s.end) is not None))
