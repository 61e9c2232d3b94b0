"""A meeting told again by the meal or reception it was held at is one meeting.

"met the President of France at a dinner the President hosted", "held talks with
the Prime Minister of Chile at a lunch offered by the Prime Minister": the verb of
meeting and the meal or reception given by the same official are two triggers for
one occasion. In a sentence that names a meal or a reception given by someone
("at a dinner hosted by", "during a reception offered by"), a second meeting record
with the same sides, day and officials of the other side is dropped (an official
unnamed where one of that office is named counts as the named one: "At a dinner
hosted by the French President, A met President B of France"). Elsewhere two such
records stand (a sentence may list two meetings with one side).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record

__all__ = ["once_per_sentence"]

#: "at a dinner hosted by", "during the working lunch offered by"
_MEAL_BY = re.compile(r"\b(?:at|during|over)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:dinner|lunch|"
                      r"luncheon|breakfast|reception|banquet)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:hosted|given|offered)\s+by\b", re.I)


def _partners(r: Record) -> frozenset[tuple[str | None, str | None, str | None]]:
    """The officials of the other side; one unnamed is left out where the record names
    one of that office and country (the host by office, then by name)."""
    them = {(p.name, p.role, p.country) for p in r.persons if p.country and p.country in r.to}
    offices = {(role, c) for name, role, c in them if name}
    return frozenset(x for x in them if x[0] or (x[1], x[2]) not in offices)


def once_per_sentence(records: Iterable[Record]) -> Iterator[Record]:
    """Drop a meeting that repeats one made from the same sentence (same sides, day,
    and the same officials of the other side, at least one of them named)."""
    seen: set[tuple] = set()
    for r in records:
        if r.type == "meeting" and r.source is not None:
            partners = _partners(r)
            if any(name for name, _, _ in partners) and _MEAL_BY.search(r.source.text):
                k = (r.source.start, r.source.end, tuple(r.from_), tuple(r.to),
                     tuple(r.organizations), r.date.start, r.date.end, partners)
                if k in seen:
                    continue
                seen.add(k)
        yield r
