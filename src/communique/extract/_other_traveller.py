"""A visit to the same country told again by another traveller of the same side
("Former Foreign Minister A visited Chile and Peru. ... Foreign Minister B
visited Peru and Japan", in a review of the year): two journeys, not one told
twice. Both travellers are named before the word of the journey (the subject, not
someone called on there: "flew to Lima, where he called on Minister C") and share
no word of their names."""

from __future__ import annotations

import re

from ..model import Record

__all__ = ["another_traveller", "travellers"]

#: the word of the journey, before which its traveller is named
_JOURNEY = re.compile(r"\b(?:visit|visits|visited|visiting|travel\w*|flew|flies|tour\w*|"
                      r"went|arriv\w+|undert\w+|paid|trip|mission|journey|stay\w*)\b", re.I)


def _words(names: list[str]) -> set[str]:
    return {w.casefold().strip(".,") for n in names
            for w in n.replace("-", " ").split() if len(w.strip(".,")) > 2}


def travellers(r: Record) -> list[str]:
    """The names of the visit's travellers, when each is named before the word of
    the journey (none when one is not: the traveller is then not told by name)."""
    if r.type != "visit" or r.source is None or not r.from_:
        return []
    text = r.source.text
    m = _JOURNEY.search(text)
    ours = [p for p in r.persons if p.country and p.country in r.from_]
    if m is None or not ours or not all(p.name and 0 <= text.find(p.name) < m.start()
                                        for p in ours):
        return []
    return [str(p.name) for p in ours]


def another_traveller(r: Record, before: list[str] | None) -> bool:
    """Whether visit ``r`` is made by someone other than the travellers ``before``
    of the same visit told earlier (both named)."""
    now = travellers(r)
    if not before or not now:
        return False
    return not _words(before) & _words(now)
