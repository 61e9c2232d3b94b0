""""The Kingdom", "the Sultanate" on its own in a kingdom's or a sultanate's
release: the issuer's own country ("Mensah's visit to the Kingdom reinforces
..."), when the issuer's official name in ``countries.tsv`` is of that form
("Kingdom of Morocco", "Hashemite Kingdom of Jordan", "Sultanate of Oman").
Another country's release, the noun before "of" ("the Kingdom of Spain"), or a
mention after another kingdom was named last, is left alone."""

from __future__ import annotations

import re
from functools import lru_cache

from ..reference import countries
from ._gazetteer import Gazetteer
from ._recognise import ISSUER, Ent, Sentence

__all__ = ["realm_pattern", "realm_refs"]

#: the polity noun of an official name: "Kingdom of ...", "the Sultanate of ..."
_POLITY = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]+\s+)?(Kingdom|Sultanate|Principality|Emirate|"
                     r"Grand Duchy)\s+of\b")


@lru_cache(maxsize=512)
def _polity(code: str) -> str | None:
    """The polity noun of a country's official name ("Kingdom" for MAR), or None."""
    c = countries().get(code)
    for name in c.names if c else ():
        m = _POLITY.match(name)
        if m:
            return m.group(1)
    return None


def realm_pattern(issuer: str | None, text: str,
                  gaz: Gazetteer) -> tuple[re.Pattern[str], list[tuple[int, str]]] | None:
    """What "the Kingdom" (etc.) is written as in the issuer's release, with where
    the text names countries of that polity (the last one named before "the
    Kingdom" is the one it means: "... the Foreign Minister of Saudi Arabia. ...
    his visit to the Kingdom" in a Jordanian release is no visit to Jordan); None
    when the issuer is of no such polity."""
    word = _polity(issuer) if issuer else None
    if word is None:
        return None
    found = gaz.find_all(text)
    named = sorted((m.start, m.code) for kind in ("country", "adj")
                   for m in found.get(kind, ()) if _polity(m.code) == word)
    # (written small too: "Barbosa's visit to the kingdom")
    rx = re.compile(r"\b[Tt]he\s+(?i:" + word + r")\b(?!\s+of\b)(?!\s+[A-Z])")
    return rx, named


def realm_refs(s: Sentence, issuer: str | None,
               realm: tuple[re.Pattern[str], list[tuple[int, str]]] | None) -> None:
    """Add the issuer for "the Kingdom" (etc., ``realm`` from :func:`realm_pattern`)
    in ``s`` where nothing else is named and no other kingdom was named last."""
    if realm is None:
        return
    rx, named = realm
    added = False
    for m in rx.finditer(s.text, s.start, s.end):
        last = next((code for at, code in reversed(named) if at < m.start()), issuer)
        if last == issuer and not any(e.start < m.end() and m.start() < e.end for e in s.ents):
            s.ents.append(Ent(m.start(), m.end(), "issuer", ISSUER))
            added = True
    if added:
        s.ents.sort(key=lambda e: (e.start, -e.end))
