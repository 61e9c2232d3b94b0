"""A review's visits listed with no time ("made official visits to Türkiye, Qatar and
Slovenia") dated by the stop the next sentences tell in that country ("In Ankara, on
11 February, he held talks with ..."): the visit took place on that day."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import DateSpan, Record

__all__ = ["date_listed_visits"]

#: a sentence that opens at a stop: "In Ankara, on 11 February, ...", "In Tokyo on 3 May"
_AT_STOP = re.compile(r"\W*(?:In|At|While in)\s+(?-i:[A-Z])")
#: how far after the list (characters) its stops may be told
_REACH = 600


def date_listed_visits(records: Iterator[Record], text: str) -> Iterator[Record]:
    """The records, with each year-only visit of the issuer's list dated by the first
    stop in its country told with a day in the sentences after it, in the same
    paragraph."""
    recs = list(records)
    for v in recs:
        if v.type != "visit" or len(v.to) != 1 or v.source is None \
                or len(v.date.start or "") != 4 or v.date.end:
            continue
        end = v.source.end
        stop = next((r for r in recs if r.source is not None and r.type != "visit"
                     and end <= r.source.start <= end + _REACH
                     and "\n\n" not in text[end:r.source.start]
                     and _AT_STOP.match(r.source.text)
                     and r.place is not None and r.place.country == v.to[0]
                     and len(r.date.start or "") == 10
                     and (r.date.start or "").startswith(v.date.start or "-")), None)
        if stop is not None:
            v.date = DateSpan(stop.date.start, stop.date.end)
    yield from recs
