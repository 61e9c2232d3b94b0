"""Where the author of a first-person post says they are: "Back in Nairobi.",
"Good to be in Santiago today", "Landed in Canberra an hour ago", "In Tokyo today."
(a bare "In" only with nothing after the place but a time). The sentence
tells a visit there on the post's day, and the country is the side of what the
post goes on to tell with no country of its own ("Also had the honour of meeting
President A", "We signed a memorandum on ...")."""

from __future__ import annotations

import re

from ..model import Place
from ._recognise import Sentence

__all__ = ["may_tell_whereabouts", "whereabouts"]

#: a sentence that opens with no subject on where its author is ("Back in",
#: "Good to be back in", "Landed in"); the place must follow with a capital
#: ("Back in 2019" is a year)
_HERE = re.compile(r"\W*(?i:(?:so\s+)?(?:good|great|glad|happy|delighted|pleased|nice)\s+to\s+"
                   r"be\s+(?:back\s+)?|back\s+|(?:just\s+)?(?:arrived|landed|touched\s+down)\s+"
                   r"(?:back\s+)?)in\s+(?:the\s+)?(?=[A-Z])"
                   r"|\W*(?P<bare>(?:In|(?:Now|Here)\s+in)\s+)(?:the\s+)?(?=[A-Z])")
#: what may follow the place after a bare "In": a time and the sentence's end ("In
#: Tokyo today.", "Now in Accra!", "In Oslo for talks"; not "In Tokyo, the Minister met")
_BARE_END = re.compile(r"\s*(?:(?:today|tonight|this\s+(?:morning|afternoon|evening|week)|now)"
                       r"\s*)?(?:[.!]|$|for\s+(?:talks|meetings|consultations|an?\s))")


def may_tell_whereabouts(text: str, start: int, end: int) -> bool:
    """Whether the sentence opens like a post telling where its author is (a cheap
    test before the sentence is read)."""
    return _HERE.match(text, start, end) is not None


def whereabouts(s: Sentence, issuer: str | None) -> Place | None:
    """The foreign place the post's sentence says its author is in, else None (at
    home, or no place the gazetteer knows)."""
    m = _HERE.match(s.text, s.start, s.end)
    if m is None:
        return None
    e = next((e for e in s.ents if e.start == m.end() and e.kind in ("city", "country")), None)
    if e is None or not e.code or e.code == issuer:
        return None
    if m.group("bare") is not None and not _BARE_END.match(s.text, e.end, s.end):
        return None
    return Place(e.code, s.text[e.start:e.end] if e.kind == "city" else None)
