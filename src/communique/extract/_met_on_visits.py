"""Leaders met on the issuer's journeys abroad ("The Prime Minister met the Heads of
State of A, B and C on overseas visits", "met her counterparts from A and B during
visits to both countries"): each side met was also a country visited, the visit the
issuer's (not the partners' visit to the issuer)."""

from __future__ import annotations

import re

from ..model import Place, Record
from ._frame_basics import _record
from ._recognise import Sentence

__all__ = ["met_on_visits"]

_ADJ = r"(?:(?:his|her|their|its|the|official|overseas|foreign|working|state|bilateral|" \
       r"separate|several|various|respective)\s+){0,3}"
#: the issuer's journeys named as the occasion: abroad, overseas, or to the countries met
_ON_VISITS = re.compile(
    r"\b(?:on|during|in\s+the\s+course\s+of|in)\s+" + _ADJ.replace("overseas|foreign|", "")
    + r"(?:(?:overseas|foreign)\s+" + _ADJ + r"(?:visits|trips|travels|tours|journeys)\b|"
    r"(?:visits|trips|travels|tours|journeys)\s+(?:abroad|overseas\b|to\s+(?:both|these|"
    r"those|each\s+of\s+these|the\s+(?:two|three|four|respective))\s+(?:countries|nations|"
    r"capitals)\b|to\s+their\s+(?:countries|capitals)\b))", re.I)


def met_on_visits(s: Sentence, recs: list[Record], issuer: str | None) -> list[Record]:
    """The sentence's records, with a visit of the issuer to each side it met when
    the meetings are told as held on its journeys abroad."""
    met = [r for r in recs if r.type == "meeting" and r.from_ == [issuer] and r.to
           and issuer not in r.to]
    if issuer is None or not met or not _ON_VISITS.search(s.text, s.start, s.end):
        return recs
    sides = list(dict.fromkeys(c for r in met for c in r.to))
    # (a guest's visit read the wrong way round: "during visits to both countries")
    out = [r for r in recs if not (r.type == "visit" and r.to == [issuer]
                                   and set(r.from_) <= set(sides))]
    went = {c for r in out if r.type == "visit" and r.from_ == [issuer] for c in r.to}
    for r in met:
        for c in r.to:
            if c not in went:
                went.add(c)
                out.append(_record("visit", r.date, [issuer], [c], [], Place(country=c)))
    return out
