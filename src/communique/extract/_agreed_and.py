"""The second of two things agreed to do: "agreed with the Latvian side to
widen trade and hold a joint government meeting", "agreed to
deepen trade and to hold consultations with Latvia next year". The event after "and"
is still to come, like the first: a bare infinitive (or "to" again) after the
undertaking's "to ... and", opening the trigger or just before it ("and convene a
meeting with"). A past verb after "and" ("agreed with A on trade and held
talks with B") tells an event done."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["agreed_and"]

#: bare infinitives of holding an event
_VERBS = (r"(?:hold|have|convene|organi[sz]e|conduct|launch|meet|visit|pay|host|resume|"
          r"establish|set\s+up|open|start|begin)")
#: the undertaking (maybe "with" someone), its first infinitive, then "and" (and maybe
#: "to") right before the trigger
_AGREED_TO_AND = re.compile(
    r"\b(?:agreed|agrees|agree|decided|decides|arranged|pledged|promised|undertook|"
    r"resolved)(?:\s+with\s+[^.;:]{1,60}?)?\s+to\s+(?:[\w'’-]+,?\s+){1,6}?and\s+"
    r"(?:(?:then|later|also|subsequently|afterwards|eventually)\s+)?(to\s+)?"
    r"(?:(" + _VERBS + r")\s+(?:[\w'’-]+\s+){0,3})?$", re.I)
#: a bare infinitive opening the trigger ("hold a joint government meeting")
_BARE = re.compile(_VERBS + r"\b", re.I)
_REACH = 140


def agreed_and(s: Sentence, t: Trigger, cl: tuple[int, int]) -> bool:
    """Whether trigger ``t`` is the second thing agreed to do (above)."""
    m = _AGREED_TO_AND.search(s.text, max(cl[0], t.start - _REACH), t.start)
    return m is not None and (m.group(1) is not None or m.group(2) is not None
                              or _BARE.match(t.text) is not None)
