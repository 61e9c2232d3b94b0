"""Talks held in foreign cities, with no one named: "The Deputy Foreign Minister held
talks in Seoul and Tokyo in July". A review tells where its official talked, not whom
with: the talks are with each city's country (one record each). (Rounds of consultations
in cities, "political consultations in Belgrade, Podgorica and Sarajevo", are read with
their own days by ``_bodies.held_abroad``.) Not when the city seats
organisations as well ("talks in Brussels", "in Geneva"), nor in the issuer's own
cities, nor when anything but a time follows the places ("talks in Tokyo with
businessmen")."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["talks_in_cities"]

#: the trigger names the talks themselves ("held talks", "political consultations")
_TALKS = re.compile(r"\b(?:talks|meetings|negotiations|discussions)$", re.I)
#: the places right after the talks: " in ", " in the "
_IN = re.compile(r"\s+in\s+(?:the\s+)?")
#: between two places of the list: ", ", " and ", ", and "
_BETWEEN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
#: what may follow the last place: the sentence's end, or its time
_ENDS = re.compile(r"\s*(?:$|[.;]|,\s|\s(?:in|on|during|from|this|last|early|late|"
                   r"between|over|throughout|twice)\b|\s*\()")
#: cities that seat organisations: talks there may be with them
_SEATED = frozenset({"Brussels", "Geneva", "New York", "Strasbourg", "Vienna", "The Hague",
                     "Luxembourg", "Addis Ababa", "Nairobi", "Jakarta", "Paris", "Rome"})


def talks_in_cities(s: Sentence, t: Trigger, end: int, issuer: str | None) -> list[str]:
    """The countries of the cities named right after talks that name no side."""
    if not _TALKS.search(t.text) or (m := _IN.match(s.text, t.end, end)) is None:
        return []
    cities = {e.start: e for e in s.ents if e.kind == "city" and e.end <= end}
    pos, out = m.end(), []
    while (e := cities.get(pos)) is not None:
        if s.text[e.start:e.end] in _SEATED or not e.code or e.code == issuer:
            return []
        out.append(e.code)
        pos = e.end
        gap = _BETWEEN.match(s.text, pos, end)
        if gap is None or gap.end() not in cities:
            break
        pos = gap.end()
    if not out or _ENDS.match(s.text, pos, s.end) is None:
        return []
    return list(dict.fromkeys(out))
