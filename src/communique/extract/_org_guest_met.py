"""An organisation's official who travelled and met someone in one sentence: "The UN
Special Envoy for Syria visited Oslo on 3 May and met the State Secretary", "The
Secretary-General of ASEAN arrived in Oslo and held talks with the Minister". The
meeting after "and" has the guest of the visit as its subject: a meeting with the
organisation (no country; not the country of the envoy's remit, nor a partner the
text named before)."""

from __future__ import annotations

import re

from ._org_office import NATIONAL_BODY, ORG_OFFICIAL
from ._recognise import Sentence
from ._venues import orgs_named

__all__ = ["org_guest_met"]

#: the journey, then the meeting joined to it by "and" (the trigger follows)
_TRAVELLED_AND = re.compile(r"\b(?:visited|visits|arrived\s+in|arrives\s+in|came\s+to|"
                            r"travelled\s+to|traveled\s+to|was\s+in|paid\s+an?\s+(?:[\w-]+\s+)?"
                            r"visit\s+to)\b[^.;]{1,120}?,?\s+and\s+(?:then\s+|later\s+|also\s+|"
                            r"subsequently\s+)?(?:[\w-]+\s+)?$", re.I)
#: what may open the sentence before the official: a time or a place set off by a comma
_OPENER = re.compile(r"\W*(?:[^,.;]{1,60},\s+){0,2}?(?:the\s+)?", re.I)


def org_guest_met(s: Sentence, a: int, b: int) -> list[str]:
    """The organisation whose official is the subject of a journey and of the meeting
    at ``b`` joined to it ("The UN Secretary-General visited Oslo and met the Prime
    Minister"), the clause opening at ``a``; else none."""
    trip = _TRAVELLED_AND.search(s.text, a, b)
    if trip is None or trip.end() != b:
        return []
    opener = _OPENER.match(s.text, a, trip.start())
    head = opener.end() if opener else a
    official = ORG_OFFICIAL.search(s.text, head, trip.start())
    if official is None or NATIONAL_BODY.match(s.text, official.end()):
        return []
    if any(e.kind in ("country", "adj", "issuer") and head <= e.start < official.start()
           for e in s.ents):
        return []  # "the United States Special Envoy": a country's official
    return orgs_named(s, head, trip.start(), venues=False)[:1]
