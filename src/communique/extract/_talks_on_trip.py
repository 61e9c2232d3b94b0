"""Talks told by what was discussed on a trip, with no partner named ("On a visit to
Algeria the Minister discussed the relationship and the situation in Libya", "The
Minister discussed regional security on a visit to Jordan"): the visit, and talks with
its host on it (a visit and the talks during it are two records); a sentence that
names its partner or tells its meeting already is left as it is."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import DateSpan, Record

__all__ = ["talks_on_the_trip"]

_TRIP = r"(?:a|an|his|her|their|the) (?:[\w-]+ ){0,2}?(?:visit|trip) to"
#: the trip opening the sentence, then what was discussed (no "with" after the verb)
_ON_TRIP = re.compile(r"\W*(?:On|During|While on|In the course of) " + _TRIP + r" [^.;]{1,220}?"
                      r"\bdiscuss(?:ed|es)\b(?! with\b)")
#: what was discussed, then the trip
_TRIP_AFTER = re.compile(r"\bdiscuss(?:ed|es)\b(?! with\b)[^.;]{1,120}? (?:on|during) " + _TRIP
                         + r" ")


def talks_on_the_trip(records: Iterator[Record], issuer: str | None) -> Iterator[Record]:
    """The records, and a meeting beside each such visit of one partner."""
    recs = list(records)
    out: list[Record] = []
    for r in recs:
        out.append(r)
        src = r.source
        if r.type != "visit" or src is None or not issuer or issuer not in r.from_ + r.to:
            continue
        others = [c for c in r.from_ + r.to if c != issuer]
        if len(others) != 1 or r.organizations or not (
                _ON_TRIP.match(src.text) or _TRIP_AFTER.search(src.text)):
            continue
        if any(o.source is not None and o.source.start == src.start
               and o.type in ("meeting", "call") for o in recs):
            continue  # the sentence's talks are told already
        out.append(Record("meeting", DateSpan(r.date.start, r.date.end), [issuer], others,
                          place=r.place, source=src, confidence=r.confidence))
    yield from out
