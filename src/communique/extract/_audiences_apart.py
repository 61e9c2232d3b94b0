"""Audiences in the plural: "was granted audiences with the King and the Crown
Prince", "received audiences with His Majesty the Emir and His Highness the Deputy
Emir" tell one audience with each dignitary listed, even where the two titles, joined
by a bare "and", would otherwise be read as one person's offices or one occasion of
both (a single "audience with the King and the Queen" stays one meeting; so does "met
the King and the Crown Prince"). Only titles joined by "and" or a comma after the
noun are counted, up to the end of the list (a next predicate, a colon, a quotation)."""

from __future__ import annotations

import re

from ._officials_included import list_end
from ._persons import find_titles
from ._recognise import Sentence

__all__ = ["audiences_apart"]

#: the noun in the plural right before "with" (or "by": "received in audiences by")
_AUDIENCES = re.compile(r"\baudiences\s+(?:with|by)\s", re.I)
#: what joins two dignitaries of the list
_JOIN = re.compile(r",|\band\b")
#: a second predicate ends the list ("..., and discussed matters of mutual interest")
_NEXT_PREDICATE = re.compile(r",?\s+and\s+(?:then\s+|also\s+|later\s+)?"
                             r"(?:[a-z]+ed|spoke|gave|took|went|made|laid|paid|held|met)\b")


def audiences_apart(s: Sentence, a: int, b: int, issuer: str | None) -> int:
    """How many dignitaries "audiences with" lists from ``a`` (the trigger's
    start) to ``b``; 0 where the noun is not in the plural there."""
    m = _AUDIENCES.search(s.text, a, min(b, a + 60))
    if m is None:
        return 0
    end = list_end(s.text, m.end(), b)
    verb = _NEXT_PREDICATE.search(s.text, m.end(), end)
    end = verb.start() if verb else end
    spans = sorted((t.start, t.end) for t in find_titles(s, issuer, officials=True)
                   if m.end() <= t.start < end)
    count, prev = 0, None
    for start, stop in spans:
        if prev is not None and start < prev:
            continue  # (a title inside the one before)
        if prev is not None:
            gap = s.text[prev:start]
            if len(gap) > 60 or re.search(r"[.;:]\s", gap):
                break
            if not _JOIN.search(gap):
                prev = stop  # ("His Majesty King A": the rank and the title, one person)
                continue
        count += 1
        prev = stop
    return count
