"""A relative clause about the subject, set off by commas between the subject and its
verb ("The Foreign Minister of Finland, who came to Accra following visits to Senegal
and Nigeria, met the Minister"): the places and countries it names tell the subject's
own story (its earlier stops, its post), not the sides of the meeting its verb tells."""

from __future__ import annotations

import re

from ._recognise import Ent, Sentence
from ._triggers import Trigger

__all__ = ["in_subject_relative", "outside_relatives", "traveller_relatives", "visiting_antecedent"]

#: ", who ... ," / ", which ... ," closed before the trigger
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\s+[^,;.]{1,160}?,\s+")
#: a clause saying who the subject is ("who is Kenya's envoy", "who heads the Kenyan
#: delegation"), not what it did: its country may be the subject's own side
_IDENTITY = re.compile(r",\s+(?:who|which)\s+(?:(?:is|was|are|were|serves|served|acts|acted)"
                       r"\s+(?:also\s+|currently\s+|now\s+)?(?:as\s+)?(?:the\s+|a\s+|an\s+|[A-Z])"
                       r"|(?:heads|headed|leads|led|represents|represented|chairs|chaired|"
                       r"holds|held\s+the\s+post)\b)")


def outside_relatives(s: Sentence, t: Trigger, ents: list[Ent]) -> list[Ent]:
    """``ents`` without those inside a relative clause about the subject that closes
    before the meeting or call trigger ``t``, when the subject before the clause names
    a side of its own."""
    if t.type not in ("meeting", "call"):
        return ents
    for m in _RELATIVE.finditer(s.text, s.start, t.start):
        if m.end() > t.start or s.text[m.end():t.start].count(" ") > 3:
            continue  # (the verb must follow the clause closely: "..., met the Minister")
        inside = [e for e in ents if m.start() <= e.start < m.end()]
        if inside and (any(s.start <= e.start < m.start() and e.kind in ("country", "adj", "org")
                           for e in s.ents) or _deed_of_own(s, m)):
            ents = [e for e in ents if e not in inside]
    return ents


def in_subject_relative(s: Sentence, x: Trigger, t: Trigger) -> bool:
    """Whether trigger ``x`` stands inside such a relative clause before the meeting or
    call trigger ``t`` ("A and the Director General of B, who is currently in Madrid,
    held a phone call"): an aside about the subject, which still reads its sides from
    the subject before it."""
    if t.type not in ("meeting", "call") or x.start >= t.start:
        return False
    for m in _RELATIVE.finditer(s.text, s.start, t.start):
        if m.start() <= x.start and x.end <= m.end() <= t.start \
                and s.text[m.end():t.start].count(" ") <= 3:
            return True
    return False


def _deed_of_own(s: Sentence, m: re.Match[str]) -> bool:
    """Whether the clause ``m`` tells a deed of a subject that names no side and stands
    before it ("Minister Berg, who returned from Canada on Sunday, met ..."; "The
    Minister, who on 3 April signed an agreement with Kenya, today visited ..."): the
    issuer's own official, whose story the clause's countries are."""
    return m.start() > s.start and not _IDENTITY.match(s.text, m.start()) \
        and not any(s.start <= e.start < m.start() for e in s.ents)


def traveller_relatives(s: Sentence, t: Trigger, ents: list[Ent]) -> list[Ent]:
    """``ents`` (a trip's travellers named before its trigger ``t``) without those inside
    a relative clause closing right before ``t`` about a subject that names a side of its
    own or tells a deed ("The Minister, who on 3 April signed an agreement with Kenya,
    today visited Ethiopia"): the places of the subject's own story travel nowhere."""
    for m in _RELATIVE.finditer(s.text, s.start, t.start):
        if m.end() > t.start or s.text[m.end():t.start].count(" ") > 3:
            continue
        inside = [e for e in ents if m.start() <= e.start < m.end()]
        if inside and (_deed_of_own(s, m) or any(
                s.start <= e.start < m.start() and e.kind in ("country", "adj", "org")
                for e in s.ents)):
            ents = [e for e in ents if e not in inside]
    return ents


#: the trip told in a relative clause of one person, right after the comma: "A and the
#: President of B, who is on a state visit, held talks" (singular: the last one named;
#: its verb before the trigger or the trigger's first word)
_WHO = re.compile(r",\s+who\s+(?:(?:is|was|has\s+been)\s+)?$")
_SINGULAR = re.compile(r",\s+who\s+(?:is|was|has\s+been)\s")
_AND = re.compile(r"\band\b")


def visiting_antecedent(s: Sentence, t: Trigger, ents: list[Ent]) -> list[Ent]:
    """``ents`` (a trip's travellers named before its trigger ``t``) kept to the last of
    the subjects joined by "and" when ``t`` opens a singular relative clause ("The
    President of Kazakhstan and the President of Turkmenistan, who is on a state visit,
    held talks": the Turkmen President's visit alone)."""
    rel = _WHO.search(s.text, s.start, t.start)
    if rel is None or not _SINGULAR.match(s.text, rel.start(), t.end):
        return ents
    joins = [m.end() for m in _AND.finditer(s.text, s.start, rel.start())]
    if not joins or any(e.kind == "org" for e in ents):
        return ents  # (an organisation's official, "High Representative ... and Vice-President
        # of the European Commission, who is visiting": one person's offices)
    last = [e for e in ents if joins[-1] <= e.start < rel.start()]
    return last if last and len(last) < len(ents) else ents
