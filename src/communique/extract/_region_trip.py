"""A trip told to a region, then a comma ("On her tour to Central Asia, the US
Deputy Secretary paid a visit to A", "During his trip to the Middle East,
Minister B met ..."): the region is where the trip went, and the countries after the
comma belong to the clause it opens, not to the trip's hosts."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["region_cut"]

#: a trigger ending on its preposition of destination ("tour to", "trip to")
_TO_END = re.compile(r"\bto$", re.I)
#: a region right after it ("Central Asia", "the Middle East", "South-East Asia", "the
#: Western Balkans", "the South Pacific"), then the comma that closes the opening phrase
_REGION = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'’]*(?:\s+|-)){0,3}?"
                     r"(?:Asia|Africa|Europe|America|Americas|East|Pacific|Caribbean|Balkans|"
                     r"Caucasus|Gulf|Sahel|Maghreb|Scandinavia|Oceania|Levant|Region)\s*,")

#: a place named right after the comma, then coordinated: the list of hosts goes on
_LIST_GOES_ON = re.compile(r"\s*(?:the\s+)?")
_COORD_AFTER = re.compile(r"\s*(?:,|;|\band\b|\.|$)")


def region_cut(s: Sentence, t: Trigger, rb: int) -> int:
    """Where the hosts of travel trigger ``t`` end: at the comma after a place that
    is a region ("a tour to Central Asia,"), else ``rb``."""
    if not _TO_END.search(t.text):
        return rb
    m = _REGION.match(s.text, t.end, rb)
    if m is None or any(t.end <= e.start < m.end() for e in s.ents
                        if e.kind in ("country", "city", "adj", "org", "issuer")):
        return rb
    # ("a trip to Southeast Asia, Vietnam and Laos": the list of places goes on)
    nxt = next((e for e in s.ents if e.start >= m.end()), None)
    if nxt is not None and _LIST_GOES_ON.fullmatch(s.text, m.end(), nxt.start) \
            and _COORD_AFTER.match(s.text, nxt.end):
        return rb
    return m.end() - 1
