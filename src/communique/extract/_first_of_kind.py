"""A visit told as a first of its kind after it was told: "the General Secretary's
visit to Laos in late May. He was the first foreign leader to visit Laos after its
congress" names again the visit just told (the first of its kind is what that visit
was), so it is no second visit of a year's date beside the first's month. Told alone,
the first of its kind is a visit (see the visit triggers: "was / became / as the first
foreign leader to visit A")."""

from __future__ import annotations

import re

from ..model import Record

__all__ = ["VisitsTold", "first_of_kind_again", "note_visit"]

#: the visits told so far: (visitors, hosts) -> their dates (None for none)
VisitsTold = dict[tuple[tuple[str, ...], tuple[str, ...]], list[str | None]]

#: "was the first foreign leader to visit", "became the first head of state to travel
#: to", "as the first European minister to set foot in"
_FIRST = re.compile(r"\b(?:was|were|became|becoming|as) the first (?:[\w’'-]+ ){0,5}?to "
                    r"(?:officially )?(?:visit|travel to|set foot in)\b", re.I)


def note_visit(r: Record, told: VisitsTold) -> None:
    """Keep a visit's sides and date (see :func:`first_of_kind_again`)."""
    if r.type == "visit":
        told.setdefault((tuple(r.from_), tuple(r.to)), []).append(r.date.start)


def first_of_kind_again(r: Record, told: VisitsTold) -> bool:
    """Whether ``r`` is a visit told as a first of its kind ("was the first foreign
    leader to visit A") after a visit of the same sides in its time (the same year,
    or finer) was told."""
    if r.type != "visit" or r.source is None or not _FIRST.search(r.source.text):
        return False
    year = (r.date.start or "")[:4]
    return any(d == r.date.start or bool(year and d and d.startswith(year))
               for d in told.get((tuple(r.from_), tuple(r.to)), []))
