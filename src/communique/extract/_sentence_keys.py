"""What makes two records of one sentence two occasions (see
:func:`communique.extract._frames.frame_sentence`): records that look alike (type,
sides, day) are one, unless each trigger names another official of the other side.

For meetings that was the rule already ("called on President A and held talks with
Foreign Minister B"). For calls it holds only when both calls name an official and
the two are not one person: "talked by phone with the President of Chile and later
also spoke with the Foreign Minister of Chile" is two calls, "In a call on Monday,
the Minister spoke with President A" is one.
"""

from __future__ import annotations

import re

from ..model import Record
from ._persons import TitleMention
from ._recognise import ISSUER
from ._triggers import Trigger

__all__ = ["another_official", "official_named", "sentence_key"]

#: a surname right after a title: "Minister Albares"
_SURNAME = re.compile(r" (?-i:[A-Z])[\w’'-]+\b(?! (?:of|for)\b)")

#: the official a trigger names after it: role and name (None: no one named)
Who = tuple[str, str | None] | None


def sentence_key(r: Record) -> tuple[object, ...]:
    """The key under which a sentence keeps one record per occasion."""
    return (r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations[:1]), r.date.start)


def official_named(titles: list[TitleMention], t: Trigger, end: int,
                   issuer: str | None, text: str = "") -> Who:
    """The first official named after trigger ``t`` (up to ``end``): for a meeting
    any but "the Minister" unqualified, the issuer's own subject (not "Minister A" with
    a surname in ``text``: "was received by King A, met the Prime Minister and held talks
    with Minister B" is three meetings); for a call none of ours at all ("In a call he
    made later, the Deputy Prime Minister discussed with ...": our own official is no
    one called)."""
    for m in titles:
        if not t.end <= m.start < end or (m.inferred and m.role == "minister"
                                          and not _SURNAME.match(text, m.end)):
            continue
        if t.type == "call" and (m.inferred or m.country in (issuer, ISSUER)):
            continue
        return (m.role, m.name)
    return None


def another_official(kind: str, who: Who, told: set[Who]) -> bool:
    """Whether a record of type ``kind`` whose trigger names ``who`` is another
    occasion than those of its key told before in the sentence (``told``: the
    officials their triggers named)."""
    if who is None or who in told:
        return False
    if kind != "call":
        return True
    # a second call: the first named someone too, and no one who may be this one
    return bool(told) and all(w is not None and not _same_person(w, who) for w in told)


def _same_person(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Whether two officials named may be one: the same office, and no two names
    that differ."""
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])
