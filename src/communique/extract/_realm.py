""""The Kingdom", "the Sultanate" on its own in a kingdom's or a sultanate's
release: the issuer's own country ("Mensah's visit to the Kingdom reinforces
..."), when the issuer's official name in ``countries.tsv`` is of that form
("Kingdom of Morocco", "Hashemite Kingdom of Jordan", "Sultanate of Oman").
Another country's release, or the noun before "of" ("the Kingdom of Spain"),
is left alone."""

from __future__ import annotations

import re
from functools import lru_cache

from ..reference import countries
from ._recognise import ISSUER, Ent, Sentence

__all__ = ["realm_refs"]

#: the polity noun of an official name: "Kingdom of ...", "the Sultanate of ..."
_POLITY = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]+\s+)?(Kingdom|Sultanate|Principality|Emirate|"
                     r"Grand Duchy)\s+of\b")


@lru_cache(maxsize=64)
def _realm(issuer: str) -> re.Pattern[str] | None:
    c = countries().get(issuer)
    for name in c.names if c else ():
        m = _POLITY.match(name)
        if m:
            # (written small too: "Barbosa's visit to the kingdom")
            return re.compile(r"\b[Tt]he\s+(?i:" + m.group(1) + r")\b(?!\s+of\b)(?!\s+[A-Z])")
    return None


def realm_refs(s: Sentence, issuer: str | None) -> None:
    """Add the issuer for "the Kingdom" (etc.) in ``s`` where nothing else is named."""
    rx = _realm(issuer) if issuer else None
    if rx is None:
        return
    added = False
    for m in rx.finditer(s.text, s.start, s.end):
        if not any(e.start < m.end() and m.start() < e.end for e in s.ents):
            s.ents.append(Ent(m.start(), m.end(), "issuer", ISSUER))
            added = True
    if added:
        s.ents.sort(key=lambda e: (e.start, -e.end))
