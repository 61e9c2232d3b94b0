"""An event named as one already known.

"The meeting with X also allowed ...", "This visit highlighted ...", "Following
his talks with ...": a nominal trigger after a determiner names an event the
text has told (or a reader knows), not a new one. The frames
(:mod:`communique.extract._frames`) keep such a record only where it is not
reported yet.
"""

from __future__ import annotations

import re

from ._frame_rules import NAMED_OWNER, TO_PLACE_AFTER
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["NOMINAL", "named_as_known"]

#: a determiner before a nominal trigger ("the meeting", "this bilateral meeting",
#: "these talks", "the Minister's visit", "following his meeting with"): the event
#: is named as known
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|\w+['’‘]s|(?:[Aa]fter|"
                       r"[Ff]ollowing|[Ss]ince|[Ff]rom|[Oo]f) (?:his|her|their))\s+"
                       r"(?:[a-z][\w-]*\s+){0,2}$")
#: "the agenda included meetings with": the determiner is the agenda's
_AGENDA = re.compile(r"\b(?:included|includes|include|comprised|featured|features)\s+$")
_HELD = re.compile(r"\b(?:was|were) held\b|\btook place\b")
NOMINAL = re.compile(r"(?:[\w-]+\s+)?(?:meetings?|talks|visits?|trips?|conversations?|"
                     r"calls?|discussions?|negotiations|consultations)\b", re.I)



def named_as_known(s: Sentence, t: Trigger, clause_start: int, region_end: int) -> bool:
    """Whether the meeting, call or visit trigger ``t`` is a noun named as known:
    after a determiner or a possessive ("the meeting", "these talks", "the
    Minister's visit", "following his meeting with") or as an earlier one
    ("earlier talks"), and not told as held there ("The meeting was held in
    ..."), not an agenda's item ("the programme included meetings with ..."),
    nor an official's own trip to a place ("President A's visit to the forum")."""
    if t.type not in ("meeting", "call", "visit") or not NOMINAL.match(t.text):
        return False
    if not (_DEFINITE.search(s.text, max(clause_start, t.start - 40), t.start)
            or t.text.lower().startswith(("earlier", "previous", "prior", "last"))):
        return False
    return not (_AGENDA.search(s.text, max(clause_start, t.start - 20), t.start)
                or _HELD.search(s.text, t.end, region_end)
                or (NAMED_OWNER.search(s.text, max(clause_start, t.start - 40), t.start)
                    and TO_PLACE_AFTER.match(s.text, t.end)))
