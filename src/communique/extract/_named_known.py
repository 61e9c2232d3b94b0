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
#: is named as known; a possessive opening the sentence too (see below): "His meeting
#: with the Finnish minister was described as ..." (not "In his meeting with his
#: counterpart, Mr A, ...": most often the first told of that official)
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|\w+['’‘]s|(?:[Aa]fter|"
                       r"[Ff]ollowing|[Ss]ince|[Ff]rom|[Oo]f) (?:his|her|their))\s+"
                       r"(?:[a-z][\w-]*\s+){0,2}$")
#: the possessive right before the noun, opening the sentence (not "His second meeting
#: was with the President": another one)
_POSSESSIVE_OPENING = re.compile(r"(?<![\w,] )(?:His|Her|Their)\s+$")
_ANOTHER = re.compile(r"(?:first|second|third|fourth|fifth|next|last|final|other|another|"
                      r"latest|later|further|separate)\b", re.I)
#: "the agenda included meetings with": the determiner is the agenda's
_AGENDA = re.compile(r"\b(?:included|includes|include|comprised|featured|features)\s+$")
#: the determiner inside the trigger itself: "came up during the meeting", "was raised
#: in the course of their talks", "was reviewed during the talks"
_OWN_DETERMINER = re.compile(r"(?:(?:during|in\s+the\s+course\s+of)\s+)?"
                             r"(?:the|this|that|these|those|their|his|her)\s+", re.I)
#: (or both sides named after "between": "During the talks between Minister A and
#: Minister B, ...", not "between the two Ministers")
_WITH_AFTER = re.compile(r"\s+(?:with|between(?!\s+(?:the\s+|their\s+)?(?:two|both)\b))\b")
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
    # (the preposition and article inside the trigger: "during the talks")
    # (not one with its partner named after it: "During the talks with Japan's Minister
    # of Economy A, ...": most often another official, met anew)
    own = _OWN_DETERMINER.match(t.text) if not _WITH_AFTER.match(s.text, t.end) else None
    noun = t.text[own.end():] if own else t.text
    if t.type not in ("meeting", "call", "visit") or not NOMINAL.match(noun):
        return False
    if not (_DEFINITE.search(s.text, max(clause_start, t.start - 40), t.start)
            or t.text.lower().startswith(("earlier", "previous", "prior", "last"))
            or own
            or (_POSSESSIVE_OPENING.search(s.text, max(clause_start, t.start - 8), t.start)
                and not _ANOTHER.match(t.text))):
        return False
    return not (_AGENDA.search(s.text, max(clause_start, t.start - 20), t.start)
                or _HELD.search(s.text, t.end, region_end)
                or (NAMED_OWNER.search(s.text, max(clause_start, t.start - 40), t.start)
                    and TO_PLACE_AFTER.match(s.text, t.end)))
