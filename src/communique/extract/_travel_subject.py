"""The traveller told as the subject of a visit's sentence: after a participle opening it
("Visiting Tbilisi on Tuesday, the Vice President of Ghana ...", "On his return from
Madrid, the Minister ..."), or after an arrival opening it ("Upon his arrival in
Accra, the Foreign Minister of Chile ..."): the first country or nationality named
before the subject's verb, when that is not a host. Split from ``_frames_travel``."""

from __future__ import annotations

import re

from ._frame_parts import _ents
from ._recognise import ISSUER, Sentence
from ._triggers import Trigger

__all__ = ["ARRIVAL_OPENS", "TO_COMMA", "fronted_subject", "subject_after"]

#: a participle opening the sentence ("Visiting", "Arriving in", "Travelling to"),
#: or the return from a trip ("On his return from Madrid", "Upon returning from"),
#: after at most a fronted time ("On Monday, ")
_FRONTED = re.compile(r"(?:(?:On|In|Early|Late|Later|Last|This)\b[^,.;]{0,30},\s+)?$")
_PARTICIPLE = re.compile(r"(?:visiting|arriving|travell?ing|(?:[\w ]+ )?(?:return|returning) "
                         r"(?:home )?from)\b", re.I)
#: the participle's phrase up to its comma, then the subject up to its verb
TO_COMMA = re.compile(r"[^.;,]{0,60}?,\s+")
#: an arrival opening the sentence ("Upon his arrival in", "On arrival at")
ARRIVAL_OPENS = re.compile(r"(?:upon|on|shortly after|immediately after) (?:(?:his|her|their) )?"
                            r"arrival (?:in|at)$")
_SUBJECT_END = re.compile(r"\b(?:[a-z]+ed|met|held|laid|paid|took|said|was|were|has|had|is|"
                          r"are|gave|made|spoke|went|began|opened|signed|saw|toured|called|"
                          r"visited|addressed|attended)\b")


def fronted_subject(s: Sentence, t: Trigger, after: int, dest: list[str]) -> list[str]:
    """The country of the subject a sentence-opening participle describes
    ("Visiting Tbilisi on Tuesday, the Vice President of Ghana ..."): its first
    country or nationality named before its verb, when that is not a host."""
    if not _PARTICIPLE.match(t.text) or not _FRONTED.search(s.text, s.start, t.start):
        return []
    comma = TO_COMMA.match(s.text, after)
    return subject_after(s, comma.end(), dest) if comma else []


def subject_after(s: Sentence, a: int, dest: list[str]) -> list[str]:
    """The country of the subject starting at ``a``: its first country or
    nationality named before its verb, when that is not a host."""
    verb = _SUBJECT_END.search(s.text, a, min(s.end, a + 120))
    if not verb:
        return []
    subject = [e for e in _ents(s, a, verb.start(), "country", "adj")
               if e.code not in dest and e.code != ISSUER]
    return [subject[0].code] if subject else []
