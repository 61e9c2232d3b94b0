"""Stays: a place someone "is in ... on a visit", told in a clause ("The
Secretary-General is in Malaysia on a working visit"), as an aside after the subject
(", while in Rome on an official visit,") or as the sentence's opening phrase ("While
in Accra on a working visit, ...")."""

from __future__ import annotations

import re

from ._asides import guest_subject
from ._recognise import Ent, Sentence
from ._triggers import Trigger

__all__ = ["stay_place", "stay_fronted", "guest_stays", "guest_title", "stay_told"]


#: "is in Malaysia on a working visit", "was in Paris for an official visit": the
#: place before the trigger is the host
_STAY_BEFORE = re.compile(r"\b(?:(?:is|was|are|were|remains|remained)\s+(?:currently\s+|now\s+)?|"
                          r"(?<=[,\w] )(?:while|whilst)\s+)in\s+(?:the\s+)?$")
_STAY_AFTER = re.compile(r"\s+(?:on|for)\s+(?:an?|his|her|their|the|its)\s+(?:[\w-]+\s+){0,3}$")
#: the same stay fronted as the sentence's opening phrase: "While in Accra on a
#: working visit, ...", "In Lima for an official visit, ...", "On Monday, while in
#: Rome for a visit, ..." (the one staying is the subject after the comma)
_STAY_OPENER = re.compile(r"(?:\b(?:On|Last|This|Earlier|Later)\b[^,.;]{0,30},?\s+)?"
                          r"(?:\b(?:[Ww]hile|[Ww]hilst|[Ww]hen)\s+)?\b(?:[Ii]n)\s+(?:the\s+)?$")
#: what may stand before the opening phrase: nothing, or a dateline's dash or colon
_DATELINE_END = re.compile(r"(?:^|[-–—:|]|\n)\s*$")


def stay_place(s: Sentence, a: int, t: Trigger) -> Ent | None:
    """The place someone "is in ... on a visit": the host named before the trigger."""
    for e in s.ents:
        if a <= e.start and e.end <= t.start and e.kind in ("country", "city") \
                and _STAY_AFTER.fullmatch(s.text, e.end, t.start) \
                and (_STAY_BEFORE.search(s.text, max(s.start, e.start - 25), e.start)
                     or stay_fronted(s, e)):
            return e
    return None


def stay_fronted(s: Sentence, stay: Ent) -> bool:
    """Whether the stay ``stay`` is the sentence's opening phrase ("While in Accra
    on a working visit, the Minister ..."), not a clause's "is in"."""
    m = _STAY_OPENER.search(s.text, max(s.start, stay.start - 60), stay.start)
    return m is not None and _DATELINE_END.search(s.text[s.start:m.start()]) is not None


#: an organisation's official as the subject, named by title alone
_GUEST_TITLE = re.compile(r"\W*(?:[\w,]+\s+){0,3}?the (?:secretary[- ]general|director[- ]general|"
                          r"high representative|commissioner)\s+(?:[\w-]+\s+){0,2}?", re.I)


def guest_title(s: Sentence, a: int, b: int) -> bool:
    """Whether ``s.text[a:b]`` is an organisation's official named by title alone
    ("The Secretary-General is in Malaysia ...")."""
    return _GUEST_TITLE.fullmatch(s.text, a, b) is not None


def stay_told(s: Sentence, a: int, stay: Ent) -> bool:
    """Whether the "is in" before ``stay`` lies before ``a``, so that an earlier
    trigger of the sentence ("is in") has read this stay already."""
    m = _STAY_BEFORE.search(s.text, max(s.start, stay.start - 25), stay.start)
    return m is not None and m.start() < a


def guest_stays(s: Sentence, a: int, stay: Ent) -> bool:
    """Whether the one who "is in" the place ``stay`` is the guest ("The
    Secretary-General is in Malaysia on a working visit")."""
    m = _STAY_BEFORE.search(s.text, max(a, stay.start - 25), stay.start)
    return m is not None and guest_subject(s, a, m.start())
