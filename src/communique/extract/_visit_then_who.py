"""A visit named by its noun and its visitor, then told again in a relative clause on
the visitor: "the visit of Defence Minister A, who was in Thailand last month", "after
the trip of President B, who travelled to Hanoi in May". The clause tells where and
when of the same visit; the noun, which has no day of its own, is no second visit (on
the day the text falls back on)."""

from __future__ import annotations

import re

from ..model import Record
from ._recognise import Sentence
from ._triggers import Trigger

__all__ = ["visit_told_in_relative"]

#: the noun with its visitor after it: "visit of", "trip by", "the visit"
_VISIT_NOUN = re.compile(r"(?:[\w-]+\s+)?(?:visits?|trips?|tours?)(?:\s+(?:of|by))?$", re.I)
#: from the noun to the relative clause: the visitor's title and name, ", who"
_TO_WHO = re.compile(r"\s+(?:of\s+|by\s+)?(?:the\s+)?[^.;,()]{2,90}?,\s+who\s+"
                     r"(?:(?:also|had|has|have|just|recently)\s+)*$", re.I)


def visit_told_in_relative(s: Sentence, made: list[tuple[Trigger, list[Record]]],
                           ) -> set[int]:
    """The ids of the records of a visit noun that the relative clause right after its
    visitor tells again (the same visitor and host)."""
    drop: set[int] = set()
    for (t, mine), (n, theirs) in zip(made, made[1:], strict=False):
        if t.type != "visit" or n.type != "visit" or not _VISIT_NOUN.match(t.text) \
                or not _TO_WHO.fullmatch(s.text, t.end, n.start):
            continue
        told = {(tuple(r.from_), tuple(r.to)) for r in theirs}
        drop |= {id(r) for r in mine if (tuple(r.from_), tuple(r.to)) in told}
    return drop
