"""The visit of an organisation's official told again by its visitor: after a
meeting with the Secretary-General of an organisation (no country), "the Prime
Minister acknowledged the Secretary-General's first visit to Tonga", "welcomed Ms
Rowe's visit", "thanked the Secretary-General for her visit", "the visit of the
Director-General to Fiji": the official's visit to the issuer. A possessive of one
of the issuer's own office-holders ("the Prime Minister's recent visit to the outer
islands") or of a place is no guest's."""

from __future__ import annotations

import re

from ._recognise import Sentence

__all__ = ["org_guest_visit"]

#: "the Secretary-General's (first) visit", "Ms Rowe's official visit", "the Baroness’s";
#: "thanked the Secretary-General for her visit"
_POSSESSOR = re.compile(r"(?:\bthe\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)(?:['’]s?|"
                        r"\s+for\s+(?:his|her|their))\s+"
                        r"(?:(?:first|second|recent|latest|official|working|maiden|historic|"
                        r"inaugural|current|two-day|three-day)\s+){0,2}$")
#: the issuer's own office-holders (or the country), never the organisation's guest
_OWN = re.compile(r"\b(?:Prime|President|Minister|King|Queen|Prince|Princess|Premier|"
                  r"Government|Speaker|Governor|Ambassador|High\s+Commissioner|Chief|"
                  r"Deputy|Cabinet|Parliament|Head)\b")
#: "the visit of the Secretary-General", "the visit by the Director-General"
_OF_TITLE = re.compile(r"\s+(?:of|by)\s+the\s+(?:secretary[- ]general|director[- ]general|"
                       r"high\s+representative|commissioner|chair(?:person|man|woman)?)\b",
                       re.I)


def org_guest_visit(s: Sentence, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether the visit trigger at ``s.text[start:end]`` names the organisation's
    guest as its visitor: a possessive before it that is not an issuer's
    office-holder nor one of ``places`` (spans of places recognised), or "of the
    Secretary-General" after it."""
    m = _POSSESSOR.search(s.text, max(s.start, start - 60), start)
    if m is not None:
        who = m.group(1)
        return _OWN.search(who) is None and not any(
            a <= m.start(1) < b or a < m.end(1) <= b for a, b in places)
    return _OF_TITLE.match(s.text, end) is not None or (
        end > start and s.text[start:end].lower().endswith((" of", " by"))
        and _OF_TITLE.match(s.text, end - 3) is not None)
