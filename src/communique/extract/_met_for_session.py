"""Sides that met to hold a sitting of their joint body: "Officials of A and B met in
Nairobi on Monday for the mid-term review of the 5th session of the Joint Permanent
Commission", "The two delegations met in Accra to hold the third session of
the Joint Commission". The body's session is the event; "met" is how it was held, no
meeting beside it (a meeting on the sidelines of the session still is one)."""

from __future__ import annotations

import re

from ._gate import Gated
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["met_for_session"]

#: after "met" (a place, a day between), a purpose or occasion that opens the sitting,
#: then up to the body's name: "for the (mid-term review of the) 5th session of the",
#: "to hold the third round of", "at the inaugural meeting of the"; or the numbered
#: sitting named by the body itself: "for the 2nd A-B Joint Permanent Commission"
_FOR_SITTING = Gated(re.compile(
    r"([^.;:]{0,70}?)\b(?:for|to\s+(?:hold|attend|open|convene|co-?chair|review)|at|during|"
    r"on\s+the\s+occasion\s+of|(?:with)?in\s+the\s+framework\s+of)\s+"
    r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:sessions?|sittings?|meetings?|rounds?|review|edition)\s+of\s+"
    r"(?:[\w-]+\s+){0,8}?|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|inaugural|annual)\s+(?:[\w–-]+\s+){0,3}?)$", re.I))
#: "on the sidelines of", "on the margins of": a meeting beside the session
_BESIDE = re.compile(r"\b(?:sidelines?|margins?|fringes?)\b", re.I)
#: someone met before the sitting is named ("met the Minister of Trade at the session
#: of"): a meeting of its own
_SOMEONE = re.compile(r"\b(?:with|counterparts?|ministers?|presidents?|ambassadors?|"
                      r"secretary|delegations?|officials?|envoys?|him|her|them)\b", re.I)
_MET = re.compile(r"met|meet|meets", re.I)
#: a meeting named as a part of the sitting: "the mid-term review meeting of (the 5th
#: session of) the Joint Commission"
_MEETING_OF = re.compile(r".*\bmeetings?(?:\s+of)?$", re.I | re.S)
_PART_OF = re.compile(r"\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:sessions?|sittings?|rounds?)\s+of\s+"
                      r"(?:the\s+|their\s+|its\s+)?)?(?:(?-i:[A-Z0-9])[\w-]*\s+|and\s+){0,6}", re.I)
_OF = re.compile(r"\s+of\b", re.I)
#: how far after "met" the body's name may start (characters)
_REACH = 160


def met_for_session(s: Sentence, t: Trigger, triggers: list[Trigger]) -> bool:
    """Whether ``t`` ("met", or "the review meeting of") tells how the sides held the
    sitting of a commission or consultations named after it in the same clause."""
    if t.type != "meeting":
        return False
    met = _MET.fullmatch(t.text) is not None
    if not met and not _MEETING_OF.fullmatch(t.text):
        return False
    for o in triggers:
        if o.type in ("commission", "consultation") and t.end <= o.start <= t.end + _REACH:
            if not met:
                at = t.end if t.text.lower().endswith("of") else \
                    (m.end() if (m := _OF.match(s.text, t.end)) else -1)
                return at >= 0 and _PART_OF.fullmatch(s.text, at, o.start) is not None
            m = _FOR_SITTING.fullmatch(s.text, t.end, o.start)
            return m is not None and not _BESIDE.search(s.text, t.end, o.start) \
                and not _SOMEONE.search(m.group(1))
    return False
