"""Which cuts of a sentence into clauses hold: not a period closing a title or an
initial ("H.E. A", "Mr. B"), and not the comma before "and" that closes a list of
places ("visited China, Kenya, and Peru to attend ...": Peru is one more country
visited, not the subject of a clause of its own)."""

from __future__ import annotations

import re

from ._recognise import Sentence
from ._segment import _is_abbrev

__all__ = ["cut_kept"]

_AND = re.compile(r",\s+and\s+(?:the\s+)?", re.I)
_COMMA = re.compile(r",\s+(?:the\s+)?$")
_PLACES = ("country", "city")


def cut_kept(s: Sentence, m: re.Match[str]) -> bool:
    """Whether the cut ``m`` of a clause in ``s`` ends a clause."""
    i = m.start()
    if s.text[i] == ".":
        return not _is_abbrev(s.text, i)
    if (a := _AND.match(s.text, i)) is None:
        return True
    ents = s.ents
    if not any(e.start == a.end() and e.kind in _PLACES for e in ents):
        return True
    # two places listed with a comma just before: "A, B, and C"
    last = next((e for e in ents if e.end == i and e.kind in _PLACES), None)
    if last is None:
        return True
    return not any(e.kind in _PLACES and _COMMA.match(s.text[e.end:last.start])
                   for e in ents if e.end < last.start)
