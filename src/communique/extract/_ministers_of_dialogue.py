"""A meeting of ministers held within a standing dialogue: "the inaugural ministerial-level
meeting of the Pacific Strategic Dialogue", "a ministerial meeting of the
Quadrilateral Security Dialogue", "the foreign ministers' meeting under the Strategic
Dialogue", "the foreign ministers of A and B met under the Strategic Dialogue".
Consultations are rounds between ministries (their officials); a meeting the ministers
themselves hold, named by its level and the noun "meeting" (or told with "met"), is a
meeting of theirs, the dialogue being only its framework. Sessions of the dialogue named
without a ministers' meeting ("the first meeting of the Strategic Dialogue", "the
Ministerial Strategic Dialogue") stay consultations.
"""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["ministers_meeting"]

#: the ministers' meeting just before the dialogue's name: "ministerial-level meeting of
#: the Pacific", "foreign ministers' meeting under the", "meeting at ministerial level of"
_MINISTERS_MEETING = re.compile(
    r"\b(?:(?:ministerial|ministers['’]?|foreign\s+ministers['’]?|minister)(?:[- ]level)?\s+"
    r"meetings?|meetings?\s+at\s+(?:the\s+)?(?:ministerial|ministers['’]?|foreign\s+"
    r"ministers['’]?)\s+level)\s+(?:of|under|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
#: the ministers as the subject of "met" within the dialogue: "Foreign ministers of A and
#: B met under the Strategic Dialogue"
_MINISTERS_MET = re.compile(
    r"\bministers\b[^.;]{0,60}?\bmet\s+(?:under|within|in\s+the\s+framework\s+of)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
#: a dialogue's name (the trigger), not consultations
_DIALOGUE = re.compile(r"\bdialogues?\b", re.I)


def ministers_meeting(s: Sentence, t: Trigger) -> bool:
    """Whether the consultation ``t`` (a dialogue's name) is the framework of a meeting
    of ministers named just before it (see the module's docstring)."""
    return t.type == "consultation" and _DIALOGUE.search(t.text) is not None \
        and any(rx.search(s.text, max(s.start, t.start - 90), t.start) is not None
                for rx in (_MINISTERS_MEETING, _MINISTERS_MET))
