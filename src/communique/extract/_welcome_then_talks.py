"""A guest welcomed, then the talks held with the same person on the same day ("The
President of A welcomed the President of B. ... The President of B held a meeting
with the President of A."): the welcome opened the meeting; one occasion, one
record (the first told). The guest may be told again without a name ("The two
ministers then held talks", "the Presidents held talks", "talks were then held") or
by a surname the welcome named ("held talks with Ms Braže" after "welcomed his
Latvian counterpart Baiba Braže"); another official of the guest's side named by
office ("the Prime Minister of Latvia") or by a name the welcome did not tell ("Mr
Kariņš") is another meeting.

The other way round too: talks held with a guest, then the guest welcomed on the same
day with no other person of the guest's side named ("held talks with the Foreign
Minister of A, B, on Wednesday. ... The Minister welcomes the Foreign Minister and her
delegation to C"): the welcome is of that meeting's guest, one record (the talks')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Person, Record

__all__ = ["WelcomesTold", "talks_after_welcome"]

#: a sentence telling a guest welcomed or greeted, and no talks of its own
_WELCOMED = re.compile(r"\b(?:welcomed|welcomes|greeted|greets)\b", re.I)
_TALKS = re.compile(r"\b(?:talks|meeting|met|discuss\w*|conversation|negotiations|audience)\b",
                    re.I)
#: the later sentence tells talks held or a meeting
_HELD = re.compile(r"\b(?:held|had|hold|holds|has)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+)?"
                   r"(?:meeting|talks|discussions|conversation)\b|\bmet\b", re.I)

#: a name told with its honorific or title: "Ms Braže", "Mr. Kariņš", "Dr Ali"
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Madam|Mme|Dr|Prof|H\.\s?E)\.?\s+"
                             r"(?:[A-Z][\w’'-]*\s+){0,2}?([A-Z][\w’'-]+)")


#: the office of whom the talks were held with: "met the Speaker of Parliament",
#: "held talks with the Prime Minister of Latvia", "with his counterpart"
_OFFICE_MET = re.compile(
    r"\b(?:with|met|meets)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(speaker|prime\s+minister|president|minister|secretary|ambassador|chair(?:man|woman|"
    r"person)?|governor|mayor|king|queen|emir|prince|princess|chancellor|premier|"
    r"commissioner|counterpart|director|head|delegation|sultan|envoy)s?\b", re.I)


@dataclass
class _Welcome:
    """What a welcome told: the surnames of the guests named, the offices of the
    guest's side named, and its sentence."""

    names: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    text: str = ""


#: (type, from, to, organisations, day) of a welcome told -> what it told
WelcomesTold = dict[tuple, _Welcome]


def _named(people: list[Person], side: list[str]) -> set[str]:
    """The surnames named of a side ("Edgars Rinkēvičs" and "President Rinkēvičs" are
    one person)."""
    return {p.name.split()[-1].casefold() for p in people
            if p.name and p.name.split() and p.country in side}


def talks_after_welcome(r: Record, told: WelcomesTold) -> bool:
    """Whether ``r`` is the talks with a guest whose welcome was told before, on the
    same day, with the same person of each side named, or the welcome of a guest of
    talks told before; welcomes and talks are remembered."""
    if r.type != "meeting" or r.source is None or not r.date.start \
            or len(r.date.start) != 10:
        return False
    key = (tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)
    names = _named(r.persons, r.to) | _named(r.persons, r.from_)
    text = r.source.text
    roles = {p.role for p in r.persons if p.role and p.country in r.to and not p.name}
    if _WELCOMED.search(text) and not _TALKS.search(text):
        held = told.get(("talks",) + key)
        if held is not None and names <= held.names and roles <= held.roles:
            return True  # talks told, then the same guest welcomed: that meeting
        w = told.setdefault(key, _Welcome())
        w.names |= names
        w.roles |= roles
        w.text += " " + text
        return False
    held = told.setdefault(("talks",) + key, _Welcome())  # (talks told, for a welcome after)
    held.names |= names
    held.roles |= {p.role for p in r.persons if p.role and p.country in r.to}
    before = told.get(key)
    if before is None or not _HELD.search(text):
        return False
    if names:
        return bool(names & before.names)
    if any(p.name for p in r.persons if p.country in r.to) or roles - before.roles:
        return False  # another official of the guest's side
    office = _OFFICE_MET.search(text)
    if office is not None and office.group(1).lower() not in before.text.lower():
        return False  # "she met the Speaker of Parliament": an office the welcome did not tell
    # the guest not named again ("the two ministers then held talks"), or by a name
    # the welcome told ("held talks with Ms Braže")
    return all(m.group(1) in before.text for m in _HONORIFIC_NAME.finditer(text))
