"""Visits made "to each other" ("the visits by Prime Minister A and Chancellor B to
each other's countries", "the presidents of A and B made state visits to each
other"): two visits, each side's to the other. The sides are the visitors the frame
read; when it read one visitor, that one and the side it took as visited (the
issuer, most often)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Record
    from ._recognise import Sentence

__all__ = ["visits_to_each_other"]

#: the visit as a noun, then "to each other" in the same clause, with no verb of its
#: own opened by "and" between ("visited Oslo, and the two spoke to each other")
_TO_EACH_OTHER = re.compile(
    r"\bvisits?\b(?:(?!\b(?:and|but)\s+(?:the|they|he|she|both)\b)[^,;.:!?]){0,120}?"
    r"\bto\s+each\s+other\b", re.I)


def visits_to_each_other(s: Sentence, recs: list[Record]) -> list[Record]:
    """``recs`` with the visits of the sentence made both ways between their two sides
    when the sentence tells visits made to each other (see the module's docstring)."""
    visits = [r for r in recs if r.type == "visit" and len(r.from_) == 1 and len(r.to) <= 1
              and not r.organizations]
    if not visits or "each other" not in s.text[s.start:s.end].lower() \
            or _TO_EACH_OTHER.search(s.text, s.start, s.end) is None:
        return recs
    sides = list(dict.fromkeys(r.from_[0] for r in visits))
    if len(sides) == 1 and visits[0].to:
        sides.append(visits[0].to[0])
    if len(sides) != 2 or sides[0] == sides[1]:
        return recs
    first = visits[0]
    both = [dataclasses.replace(first, from_=[a], to=[b], place=None, persons=[
        p for r in visits if r.from_ == [a] for p in r.persons][:1])
        for a, b in (sides, sides[::-1])]
    return [r for r in recs if not any(r is v for v in visits)] + both
