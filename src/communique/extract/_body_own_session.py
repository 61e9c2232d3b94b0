"""A bilateral body's own sitting named with words that also open a session of many:
"The A-B Joint Committee held its inaugural meeting in Hanoi on 9 July", "the Ministry
hosted the 3rd meeting of the Joint Working Group on Migration with Ecuador": the
commission's session, no multilateral session beside it (whose trigger would also cut
the commission's reach for its day)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["body_own_session"]

#: a session of many named by its first sitting
_INAUGURAL = re.compile(r"inaugural\s+meeting", re.I)
#: a session of many named as hosted
_HOSTED = re.compile(r"hosted\b", re.I)
#: between the body and its sitting: "... held its ", "... convened their "
_HELD_ITS = re.compile(r"[^.;]{0,80}?\b(?:held|convened|opened)\s+(?:its|their)\s+", re.I)
#: between "hosted" and the body: "the 3rd meeting of the ", "the second session of the
#: A-B " (the body's trigger may start at "Joint")
_SESSION_OF = re.compile(r"\s*(?:on\s+[^.;,]{3,30}?\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?"
                         r"(?:meeting|session|sitting)s?\s+of\s+(?:the\s+|their\s+|its\s+)?"
                         r"(?:[\w–-]+\s+){0,2}?)?",
                         re.I)


def body_own_session(s: Sentence, triggers: list[Trigger], i: int) -> bool:
    """Whether the multilateral trigger ``triggers[i]`` names the sitting of the
    bilateral body (a commission trigger) told beside it (see the module)."""
    t = triggers[i]
    if t.type != "multilateral":
        return False
    if _INAUGURAL.fullmatch(t.text):
        body = next((p for p in reversed(triggers[:i]) if p.type == "commission"), None)
        return body is not None and body.end <= t.start \
            and _HELD_ITS.fullmatch(s.text, body.end, t.start) is not None
    if _HOSTED.match(t.text):
        body = next((n for n in triggers[i + 1:] if n.type == "commission"), None)
        return body is not None and t.end <= body.start \
            and _SESSION_OF.fullmatch(s.text, t.end, body.start) is not None
    return False
