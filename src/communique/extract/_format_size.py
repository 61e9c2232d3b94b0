"""A sentence that tells a document of three or four parties ("a trilateral memorandum
was signed ..., following the President's meeting with A and B"; "the quadrilateral
declaration came after talks with A, B and C"), the meeting in it with just the other
sides that document counts (two for a trilateral, three for a quadrilateral, the issuer the last):
one meeting of them all, not one with each, however far the word stands from the
meeting's noun. A list of another size, or one told as met "separately", is left to
the other rules."""

from __future__ import annotations

import re

from ._gate import Gated
from ._recognise import Sentence

__all__ = ["format_of_all"]

#: a document of three or four parties: "a trilateral memorandum", "the tripartite joint
#: declaration" (not a summit: bilateral meetings on its margins are each their own)
_SIZE = Gated(re.compile(r"\b(?:(?P<three>trilateral|tripartite|three-way)|"
                         r"(?P<four>quadrilateral|quadripartite|four-way))\s+(?:[\w-]+\s+)?"
                         r"(?:memorandum|declaration|statement|agreement|accord|protocol|"
                         r"communiqu[eé]|document|deal)s?\b", re.I))


def format_of_all(s: Sentence, others: list[str], issuer: str | None) -> bool:
    """Whether the sentence's format of three or four is the issuer and ``others``."""
    if not issuer or issuer in others:
        return False
    sides = len(set(others)) + 1
    for m in _SIZE.finditer(s.text, s.start, s.end):
        if (m.group("three") and sides == 3) or (m.group("four") and sides == 4):
            return True
    return False
