"""A relative clause about the subject, set off by commas between the subject and its
verb ("The Foreign Minister of Finland, who came to Accra following visits to Senegal
and Nigeria, met the Minister"): the places and countries it names tell the subject's
own story (its earlier stops, its post), not the sides of the meeting its verb tells."""

from __future__ import annotations

import re

from ._recognise import Ent, Sentence
from ._triggers import Trigger

__all__ = ["in_subject_relative", "outside_relatives"]

#: ", who ... ," / ", which ... ," closed before the trigger
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\s+[^,;.]{1,160}?,\s+")


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
        if inside and any(s.start <= e.start < m.start() and e.kind in ("country", "adj", "org")
                          for e in s.ents):
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
