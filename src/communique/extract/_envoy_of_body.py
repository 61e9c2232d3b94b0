"""Letters of credence are presented one envoy at a time: in a list of the new envoys
("received the credentials of A of Sweden and B, representing the European Union",
"among the ambassadors who handed over their credentials were A of Chile and B of the
African Union"), an organisation's envoy is one more meeting, with that organisation,
even where a person's name stands between it and the countries listed (so the list
reads as no list of bodies). An envoy posted "to" a body is not that body's, nor is
a body named as a place ("at the seat of the European Union")."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["bodies_accrediting"]

#: a presentation of credentials in the trigger
_CREDENTIALS = re.compile(r"\b(?:credentials|credence)\b", re.I)
#: the body named as an envoy's right after a name or a title: "B, representing the",
#: "B of the", "Head of the Delegation of the" (not "at the seat of the": a place)
_ENVOY_OF = re.compile(r"(?-i:[A-Z])[\w'’.-]*,?\s+(?:representing|of|from)\s+(?:the\s+)?$")


def bodies_accrediting(s: Sentence, t: Trigger, rb: int, orgs: list[str]) -> list[str]:
    """The organisations of ``orgs`` whose envoys the credentials trigger ``t`` lists
    after it (before ``rb``), in the text's order; none for another trigger."""
    if not _CREDENTIALS.search(t.text):
        return []
    found = [e.code for e in s.ents if e.kind == "org" and e.code in orgs
             and t.end <= e.start < rb
             and _ENVOY_OF.search(s.text, max(s.start, e.start - 40), e.start)]
    return list(dict.fromkeys(c for c in found if c))
