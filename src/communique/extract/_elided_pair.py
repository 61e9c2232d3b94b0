"""Two countries that share one name, told once: "North and South Korea", "South and
North Korea". The name is found once, with the second first word; the first word
alone names the other country when it makes one with the name ("North Korea"),
and none when it does not ("North and South Africa")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._gazetteer import Gazetteer

__all__ = ["elided_countries"]

#: a compass word, "and", then the country found ("North and South Korea")
_ELIDED = re.compile(r"\b(North|South|East|West)\s+(?:and|&)\s+(?:North|South|East|West)\s+"
                     r"([A-Z][\w-]+)\b")


def elided_countries(text: str, start: int, end: int, gaz: Gazetteer,
                     countries: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, code) of each first word that names a country with the name of
    a country found right after it (``countries``: the spans found)."""
    if " and " not in text[start:end] and "&" not in text[start:end]:
        return []
    out = []
    for m in _ELIDED.finditer(text, start, end):
        if not any(a <= m.start(2) < b and b == m.end(2) for a, b in countries):
            continue
        code = gaz.lookup("country", f"{m.group(1)} {m.group(2)}")
        if code:
            out.append((m.start(1), m.end(1), code))
    return out
