"""An envoy posted in the country the sentence says they "visited": "A, acting
ambassador of Canada in Jamaica, visited the Office of the Prime Minister in
Kingston", "the Ambassador of Japan to Peru visited the port of Callao".
The envoy lives there: a building or a town of the host country gone to is no visit
of the envoy's country to it (the envoy's call on an official is told by other
triggers)."""

from __future__ import annotations

import re

from ..model import Record
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["posted_there"]

#: an envoy's title, then up to a few words (its country, "for the United States"),
#: then the posting's preposition right before the host's name
_ENVOY_IN = re.compile(
    r"\b(?:ambassadors?|envoys?|charg[ée]s?\s+d[’']affaires|high\s+commissioners?|"
    r"consuls?(?:[\s-]general)?)\b(?:\s+(?:a\.\s?i\.|ad\s+interim))?"
    r"(?:\s+(?:of|for|from)\s+(?:the\s+)?[^,;.()]{1,40}?)?\s+(?:in|to|at)\s+(?:the\s+)?$",
    re.I)
#: how far before the host's name the title may stand
_REACH = 80
#: someone else between the posting and the trigger's end, who may be the traveller ("the
#: Ambassador to Chile accompanied the President on his state visit to Chile")
_SOMEONE_ELSE = re.compile(
    r"\b(?:accompan\w*|with|and|President|Prime\s+Minister|Minister|King|Queen|Emir|"
    r"Chancellor|Secretary|delegations?|his|her|their)\b", re.I)


def posted_there(s: Sentence, t: Trigger, r: Record, start: int) -> bool:
    """Whether the visit ``r`` of trigger ``t`` goes to the country its visitor, an
    envoy, is told (between ``start`` and the trigger) to be posted in, or is read as
    made by that country of the posting ("the Canadian Ambassador to Japan visited
    Ottawa": our envoy home, no visit of Japan's)."""
    if r.type != "visit" or len(r.to) != 1 or not r.from_:
        return False
    for e in s.ents:
        if not (start <= e.start < t.start and e.kind in ("country", "issuer")
                and (e.code == r.to[0] or len(r.from_) == 1 and e.code == r.from_[0])):
            continue
        m = _ENVOY_IN.search(s.text, max(start, e.start - _REACH), e.start)
        # (the envoy the clause's subject: no one else named before or after them)
        if m is not None and not _SOMEONE_ELSE.search(s.text, start, m.start()) \
                and not _SOMEONE_ELSE.search(s.text, e.end, t.end):
            return True
    return False
