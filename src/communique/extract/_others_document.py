"""A document named by a pair of adjectives joined by a hyphen, neither of them the
issuer's ("welcomed the signing of the Armenian-Azerbaijani treaty", "the renewal of
the Armenian-Azerbaijani treaty"): an agreement of two others, no agreement of the
issuer with the first of them. A pair that holds the issuer ("the Chilean-Peruvian
Treaty" in a Chilean text) names the issuer's own partner."""

from __future__ import annotations

from ._recognise import Sentence

__all__ = ["pair_of_others_only"]

_KINDS = ("country", "adj")


def pair_of_others_only(s: Sentence, a: int, b: int, issuer: str | None) -> bool:
    """Whether the sides named between ``a`` and ``b`` are one hyphen-joined pair of
    adjectives or names, neither the issuer."""
    if not issuer:
        return False
    ents = [e for e in s.ents if a <= e.start < b and e.kind in _KINDS]
    if len(ents) != 2 or s.text[ents[0].end:ents[1].start] not in ("-", "–"):
        return False
    return all(e.code != issuer for e in ents)
