"""A review's visit told with its month or day, then the talks or signings of that trip
told in the next sentences with no time of their own ("The President paid a working
visit to Chile in early March. During the meeting with President A, ... . Following the
results of the visit, documents were signed."): those events took place on the visit,
so they take its date (the review's year alone would say less than the text does).
So do the talks told in the visit's own sentence when that sentence names no time
and the visit took its day from the events told after it ("arrived in Lima to meet
B. ... The two signed a memorandum on 15 March")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import DateSpan, Record
from ._dates import find_dates
from ._occasion_named import ANAPHOR

__all__ = ["date_during_visit"]

#: the events a visit is the occasion of (a call or a second visit is not)
_ON_THE_TRIP = frozenset({"meeting", "agreement", "commission", "consultation"})
#: how far after the visit's sentence (characters) its events may be told
_REACH = 700
#: an event told at a gathering of its own ("The meeting between the Presidents in
#: Ashgabat within the framework of the Summit ...", "on the sidelines of the forum"):
#: that gathering's occasion, not the trip's
_GATHERING = re.compile(r"\b(?:summit|conference|forum|assembly|congress|margins|sidelines|"
                        r"fringes|framework\s+of)\b", re.I)
#: an occasion told as before this one ("Since their last meeting in Nadi, ...")
_EARLIER = re.compile(r"\b(?:last|previous|earlier|prior|preceding|former)\s+(?:[\w-]+\s+)?"
                      r"(?:meeting|talks|encounter|session|round|visit)s?\b|\bsince\b", re.I)


def _sides(r: Record) -> frozenset[str]:
    return frozenset(r.from_) | frozenset(r.to)


def _same_trip(r: Record, v: Record) -> bool:
    """Whether ``r`` is told in the visit's own sentence, which names no time: the
    visit's day was found elsewhere (the events the text tells after it, see
    _tours.py), and the talks the trip was made for ("arrived in Lima to meet B",
    "visited A, where she met B") took place on it."""
    return r.source is not None and v.source is not None \
        and r.source.start == v.source.start and not find_dates(r.source.text)


def date_during_visit(records: Iterator[Record], text: str) -> Iterator[Record]:
    """The records, with each year-only event of one counterpart dated by the visit
    told just before it (within ``_REACH``, at most one paragraph back) between the
    same two countries with a month or a day of that year; no event dated otherwise
    may stand between the two."""
    recs = list(records)
    # (a sentence's visit before its other events: "arrived in A to meet B")
    order = sorted((r for r in recs if r.source is not None),
                   key=lambda r: (r.source.start if r.source else -1, r.type != "visit"))
    last_visit: Record | None = None
    for r in order:
        src = r.source
        assert src is not None
        if r.type == "visit":
            v = last_visit
            if len(r.date.start or "") >= 7:
                last_visit = r
            elif v is not None and _sides(r) != _sides(v):
                last_visit = None  # a trip elsewhere told between
            elif v is not None and v.source is not None and src.start >= v.source.end \
                    and ANAPHOR.match(src.text) and src.start - v.source.end <= _REACH:
                # "Following the outcome of the visit, which also took in a visit to the
                # port of Valparaiso, ...": a stop of the trip told, on its date
                r.date = DateSpan(v.date.start, v.date.end)
            continue
        v = last_visit
        if v is None or v.source is None or (src.start < v.source.end and not _same_trip(r, v)):
            continue
        if len(r.date.start or "") != 4 or r.date.end:
            if len(r.date.start or "") >= 7 and src.start >= v.source.end:
                last_visit = None  # an event of its own time: the trip's telling is over
            continue
        if r.type not in _ON_THE_TRIP or len(_sides(r)) != 2 or _sides(r) != _sides(v) \
                or not (v.date.start or "").startswith(r.date.start or "-") \
                or src.start - v.source.end > _REACH \
                or text.count("\n\n", v.source.end, src.start) > 1 \
                or _GATHERING.search(src.text) or _EARLIER.search(src.text):
            continue
        r.date = DateSpan(v.date.start, v.date.end)
    yield from recs
