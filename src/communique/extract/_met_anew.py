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

#: the trigger ends on "with" ("meeting with", "talks with", "the conversation with"), or
#: on "between" before both sides' officials ("the discussions between Minister A and B")
_WITH_END = re.compile(r"\b(?:with|between)$", re.I)
#: ("During the talks between ...": the preposition right after the trigger)
_WITH_NEXT = re.compile(r"\s+(?:with|between)\b", re.I)
#: the first official's title and name, then "and" before the second one's title
_AND_NEXT = re.compile(r"[^,;.]{1,80}?\s+and\s+(?:(?:the|[A-Z][\w'’.-]*)\s+){0,4}?",
                       re.S)
#: what may stand between "with" and the title: an article, an honorific, a country's
#: possessive, a rank ("the", "H.E.", "Kazakhstan's First")
_LEAD = re.compile(r"\s+(?:(?:the|[A-Z][\w'’.-]*)\s+){0,4}")


def met_anew(s: Sentence, t: Trigger, issuer: str | None) -> bool:
    """Whether the meeting trigger ``t`` ("the meeting with") names an official, title
    and name, that the text has not named before this sentence (after "between", either
    of the two officials named: "During the discussions between Minister A and B")."""
    if t.type != "meeting":
        return False
    end = t.end if _WITH_END.search(t.text) else None
    if end is None and (nxt := _WITH_NEXT.match(s.text, t.end)) is not None:
        end = nxt.end()
    if end is None:
        return False
    after = [m for m in find_titles(s, issuer, officials=True) if m.start >= end]
    if not after or not _LEAD.fullmatch(s.text, end, after[0].start):
        return False
    titles = after[:1]
    if s.text[:end].lower().endswith("between") and len(after) > 1 \
            and _AND_NEXT.fullmatch(s.text, after[0].start, after[1].start):
        titles = after[:2]  # "the discussions between Minister A and Minister B": both
    before = s.text[:s.start].lower()
    return any(title.name and title.name.split()[-1].lower() not in before
               and s.text[title.start:title.end].lower() not in before for title in titles)


#: a sentence that opens on the meeting with someone: "At the meeting with Vice
#: Minister A, ...", "During the talks with Deputy Minister B, ...", "During the
#: discussions between Minister C and Minister D, ..."
_OPENS_ON = re.compile(r"\W*(?:at|during|in)\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|"
                       r"conversation|discussions?)\s+(?:with|between)\b", re.I)


def opens_on_meeting_with(text: str) -> bool:
    """Whether ``text`` opens on "At the meeting with" (or "During the talks with")."""
    return _OPENS_ON.match(text) is not None
