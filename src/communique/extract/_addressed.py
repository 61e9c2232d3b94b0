"""A call's medium that is the medium of a speech: "addressed the Foreign Affairs
Committee of the Bundestag via video conference", "gave a lecture to students by
videoconference". An address to a body or an audience is no call with anyone."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["speech_medium"]

#: the verb of a speech, then its audience and the medium (no "with" between: "addressed
#: the issue with his counterpart via video link" is a call)
_SPEECH_BY = re.compile(r"\b(?:addressed|addresses|addressing|lectured|(?:gave|gives|delivered|"
                        r"delivers|held|holds)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+)?(?:speech|"
                        r"address|lecture|keynote|statement|presentation))\b"
                        r"(?:(?!\bwith\b)[^.;]){0,160}?\b(?:via|by|through|over)\s+"
                        r"(?:an?\s+|the\s+)?$", re.I)


def speech_medium(s: Sentence, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` without a call's medium that tells how a speech was given."""
    return [t for t in triggers
            if not (t.type == "call"
                    and _SPEECH_BY.search(s.text, max(s.start, t.start - 200), t.start))]
