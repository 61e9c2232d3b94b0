"""A meeting of ministers held within a standing dialogue: "the inaugural ministerial-level
meeting of the Pacific Strategic Dialogue", "a ministerial meeting of the
Quadrilateral Security Dialogue", "the foreign ministers' meeting under the Strategic
Dialogue". Consultations are rounds between ministries (their officials); a meeting
the ministers themselves hold, named by its level and the noun "meeting", is a meeting
of theirs, the dialogue being only its framework. Sessions of the dialogue named
without a ministers' meeting ("the first meeting of the Strategic Dialogue", "the
Ministerial Strategic Dialogue") stay consultations.
"""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["ministers_meeting"]

#: the ministers' meeting just before the dialogue's name: "ministerial-level meeting of
#: the Pacific", "foreign ministers' meeting under the"
_MINISTERS_MEETING = re.compile(
    r"\b(?:ministerial|ministers['’]?|foreign\s+ministers['’]?|minister)(?:[- ]level)?\s+"
    r"meetings?\s+(?:of|under|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
#: a dialogue's name (the trigger), not consultations
_DIALOGUE = re.compile(r"\bdialogues?\b", re.I)


def ministers_meeting(s: Sentence, t: Trigger) -> bool:
    """Whether the consultation ``t`` (a dialogue's name) is the framework of a meeting
    of ministers named just before it (see the module's docstring)."""
    return t.type == "consultation" and _DIALOGUE.search(t.text) is not None \
        and _MINISTERS_MEETING.search(s.text, max(s.start, t.start - 90), t.start) is not None
