"""Meetings of several others that the issuer hosted, chaired or brought about:
"hosted the meeting between Malawi and Zambia" is one meeting of the two, not a
bilateral meeting with each; "hosted the summit, which brought together the
Presidents of A, B and C" is the summit, not three meetings."""

from __future__ import annotations

import re

from ..model import Record
from ._recognise import Ent, Sentence
from ._triggers import Trigger

__all__ = ["between_us", "gathering", "gathering_told", "others_met"]

#: a meeting trigger that gathers its participants ("which brought together",
#: "bringing together", "gathered")
_GATHERED = re.compile(r"(?i)\b(?:brought|bringing|brings|bring) together$|\bgathered$")

#: "the two ministers", "both sides" (not "the countries of the region")
_TWO = re.compile(r"(?i)\b(?:two|both)\b")


def between_us(ents: list[Ent], after: int, issuer: str | None) -> bool:
    """Whether the first side named after "between" is the issuer ("the meeting
    between Georgia and Peru" in Georgia's text: a bilateral meeting each; "hosted
    the meeting between Malawi and Zambia": one meeting of the two others)."""
    first = next((e for e in sorted(ents, key=lambda e: e.start)
                  if e.start >= after and e.kind != "pair"), None)
    return first is None or first.code == issuer or first.kind == "issuer"


def gathering(t: Trigger) -> bool:
    """Whether the meeting trigger gathers several ("brought together A, B and C"):
    one meeting of them all."""
    return t.type == "meeting" and bool(_GATHERED.search(t.text))


def gathering_told(s: Sentence, t: Trigger, made: list[Record],
                   before: list[Record]) -> list[Record]:
    """The records of a gathering trigger: none when the sentence already reported
    the session it gathers for ("hosted the summit ..., which brought together the
    leaders of A, B and C") or names no side among those gathered ("brought together
    officials and scholars from the region": not the partner told before), else the
    one meeting of them all."""
    if not gathering(t):
        return made
    if not any(e.start >= t.end and (e.kind in ("country", "adj", "org") or (
            e.kind == "pair" and _TWO.search(s.text, e.start, e.end))) for e in s.ents):
        return []
    if any(r.type == "multilateral" for r in before) and any(len(r.to) > 1 for r in made):
        return []
    return made


#: the issuer's own part in a meeting of others: it hosted, chaired, brokered or
#: attended it ("hosted the meeting between", "took part in the talks between")
_OUR_PART = re.compile(
    r"(?i)\b(?:host\w*|chair\w*|co-chair\w*|presid\w*|mediat\w*|facilitat\w*|"
    r"organi[sz]\w*|convene\w*|convening|broker\w*|attend\w*|took part|taking part|"
    r"take part|participat\w*|joined|joining|witness\w*|in the presence of|"
    r"sponsor\w*|arrang\w*|initiat\w*|his|her|their|our|its)\b")
#: the same said after the meeting: "The talks between A and B, chaired by our Minister"
_OUR_PART_AFTER = re.compile(
    r"(?i)\b(?:(?:hosted|chaired|co-chaired|presided(?: over)?|mediated|facilitated|"
    r"organi[sz]ed|convened|brokered|sponsored|arranged|attended)\s+by|"
    r"with\s+the\s+participation\s+of|in\s+the\s+presence\s+of|under\s+the\s+auspices\s+of)\b")
#: the meeting named by its noun, then "between": "the recent meeting between"
_NOUN_BETWEEN = re.compile(r"(?i)(?:meeting|talks|negotiations|discussions?)\s+between$")


def others_met(s: Sentence, t: Trigger, clause_start: int, sides: list[str],
               issuer: str | None) -> bool:
    """Whether the meeting "between" two or more sides none of which is the issuer
    was one of theirs alone ("was briefed on the recent meeting between the
    Secretary of State of A and the Deputy Chairman of B"): the issuer named no
    part of its own in it (it did not host, chair, broker or attend it, and it was
    not held in the issuer's country), so the record is the first side's with the
    others, without the issuer."""
    return bool(issuer) and len(sides) > 1 and issuer not in sides \
        and _NOUN_BETWEEN.search(t.text) is not None \
        and _OUR_PART.search(s.text, clause_start, t.start) is None \
        and _OUR_PART_AFTER.search(s.text, t.end, s.end) is None \
        and not any(e.code == issuer and (e.kind == "city" or e.place) for e in s.ents)
