"""A meeting named as known, with an official the text names for the first time.

"The guest was received by the Foreign Minister, A. At the meeting with Vice
Minister B, ...": "the meeting" has a definite
article, but no meeting with B was told before (B's name and title are new to the
text), so it is a meeting of its own, not the one with A told again. A meeting
whose official was named before ("met Minister A ... The meeting with Minister A
also ...", or "met the Trade Minister ... At the meeting with the Trade Minister
C") stays the one told. When the records are merged, such a sentence is another
occasion where it names another official of our side than the meeting told before
(:func:`opens_on_meeting_with`, read in ``_document.one_per_occasion``).
"""

from __future__ import annotations

import re

from ._persons import find_titles
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["met_anew", "opens_on_meeting_with"]

#: the trigger ends on "with" ("meeting with", "talks with", "the conversation with")
_WITH_END = re.compile(r"\bwith$", re.I)
#: what may stand between "with" and the title: an article, an honorific, a country's
#: possessive, a rank ("the", "H.E.", "Kazakhstan's First")
_LEAD = re.compile(r"\s+(?:(?:the|[A-Z][\w'’.-]*)\s+){0,4}")


def met_anew(s: Sentence, t: Trigger, issuer: str | None) -> bool:
    """Whether the meeting trigger ``t`` ("the meeting with") names an official, title
    and name, that the text has not named before this sentence."""
    if t.type != "meeting" or not _WITH_END.search(t.text):
        return False
    title = next((m for m in find_titles(s, issuer, officials=True) if m.start >= t.end), None)
    if title is None or not _LEAD.fullmatch(s.text, t.end, title.start):
        return False
    if not title.name:
        return False
    before = s.text[:s.start].lower()
    surname = title.name.split()[-1].lower()
    return surname not in before and s.text[title.start:title.end].lower() not in before


#: a sentence that opens on the meeting with someone: "At the meeting with Vice
#: Minister A, ...", "During the talks with Deputy Minister B, ..."
_OPENS_ON = re.compile(r"\W*(?:at|during|in)\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|"
                       r"conversation)\s+with\b", re.I)


def opens_on_meeting_with(text: str) -> bool:
    """Whether ``text`` opens on "At the meeting with" (or "During the talks with")."""
    return _OPENS_ON.match(text) is not None
