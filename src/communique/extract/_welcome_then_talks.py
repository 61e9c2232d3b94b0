"""A guest welcomed, then the talks held with the same person on the same day ("The
President of A welcomed the President of B. ... The President of B held a meeting
with the President of A."): the welcome opened the meeting; one occasion, one
record (the first told)."""

from __future__ import annotations

import re

from ..model import Person, Record

__all__ = ["WelcomesTold", "talks_after_welcome"]

#: a sentence telling a guest welcomed or greeted, and no talks of its own
_WELCOMED = re.compile(r"\b(?:welcomed|welcomes|greeted|greets)\b", re.I)
_TALKS = re.compile(r"\b(?:talks|meeting|met|discuss\w*|conversation|negotiations|audience)\b",
                    re.I)
#: the later sentence tells talks held or a meeting
_HELD = re.compile(r"\b(?:held|had|hold|holds|has)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?"
                   r"(?:meeting|talks|discussions|conversation)\b|\bmet\b", re.I)

#: (type, from, to, organisations, day) of a welcome told -> the named guests
WelcomesTold = dict[tuple, set[str]]


def _named(people: list[Person], side: list[str]) -> set[str]:
    """The surnames named of a side ("Edgars Rinkēvičs" and "President Rinkēvičs" are
    one person)."""
    return {p.name.split()[-1].casefold() for p in people
            if p.name and p.name.split() and p.country in side}


def talks_after_welcome(r: Record, told: WelcomesTold) -> bool:
    """Whether ``r`` is the talks with a guest whose welcome was told before, on the
    same day, with the same person of each side named; a welcome is remembered."""
    if r.type != "meeting" or r.source is None or not r.date.start \
            or len(r.date.start) != 10:
        return False
    key = (tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)
    names = _named(r.persons, r.to) | _named(r.persons, r.from_)
    text = r.source.text
    if _WELCOMED.search(text) and not _TALKS.search(text):
        told.setdefault(key, set()).update(names)
        return False
    before = told.get(key)
    return before is not None and bool(names) and bool(_HELD.search(text)) \
        and bool(names & before)
