"""Whom an official briefs on his meetings is no partner of them: "She updated
Chancellor A on her talks in the Gulf", "the Minister briefed his Polish colleague
about his visits to B and C" -- the meetings or visits told as what the briefing
was about were held with others (those after "with", the places after "to"), not
with the person briefed, whose country is no side of them unless the sentence
names it outside the briefing's object too.

A call that is the briefing itself ("briefed A by phone on ...") keeps its
partner: only meetings and visits named after "on"/"about" are read so."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record
from ._gazetteer import Gazetteer

__all__ = ["briefed_on"]

#: a briefing, the one briefed (group 1) and what it was about: his meetings,
#: talks, visits or trip
_BRIEFED = re.compile(
    # ("in the course of his visit": the visit the briefing was given on, no topic)
    r"\b(?:updated|briefed|debriefed|informed|apprised|told)\s+(.{1,80}?)(?<!\bcourse)\s+"
    r"(?:on|about|of)\s+"
    r"(?:the\s+(?:outcome|results?|substance)\s+of\s+)?(?:his|her|their|its|the)\s+"
    # (the meeting in which the briefing was given is no topic of it: "briefed A on the
    # situation during their meeting")
    r"(?:(?!(?:during|at|in|after|before|following|with)\b)[\w-]+\s+){0,3}?"
    r"(?:meetings?|talks|visits?|trips?|tour|discussions|contacts|engagements)\b", re.I)
#: the same in the passive, the one briefed its subject: "President A was briefed by the
#: Minister on his meetings with B" (group 1: the subject, from the clause's start)
_BRIEFED_PASSIVE = re.compile(
    r"(?:^|[,;:]\s+)([^,;:]{1,80}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:updated|briefed|debriefed|informed|apprised)\s+(?:by\s+[^,;:]{1,60}?\s+)?"
    r"(?:on|about|of)\s+(?:the\s+(?:outcome|results?|substance)\s+of\s+)?"
    r"(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}?(?:meetings?|talks|visits?|trips?|tour|"
    r"discussions|contacts|engagements)\b", re.I)
_KINDS = frozenset({"meeting", "visit"})


def briefed_on(records: Iterable[Record], gaz: Gazetteer) -> Iterator[Record]:
    """The records, a meeting's or visit's partner dropped where it is only the one
    briefed on it (see the module's docstring); a record left with no partner is
    dropped where its sentence gave the same kind of record with another."""
    group: list[Record] = []
    for r in records:
        if group and (r.source is None or group[0].source is None
                      or r.source.start != group[0].source.start):
            yield from _sentence(group, gaz)
            group = []
        group.append(r)
    yield from _sentence(group, gaz)


def _sentence(group: list[Record], gaz: Gazetteer) -> list[Record]:
    """One sentence's records, read as :func:`briefed_on` says."""
    emptied: list[Record] = []
    for r in group:
        src = r.source
        m = (_BRIEFED_PASSIVE.search(src.text) or _BRIEFED.search(src.text)) \
            if r.type in _KINDS and src is not None else None
        if m is None or src is None:
            continue
        a, b = m.span(1)
        briefed = src.text[a:b]
        inside: set[str] = set()
        outside: set[str] = set()
        for kind in ("country", "adj", "city"):
            for x in gaz.find_all(src.text).get(kind, []):
                (inside if a <= x.start < b else outside).add(x.code)
        inside |= {p.country for p in r.persons if p.name and p.country and (
            p.name in briefed or p.name.split()[-1] in briefed)}
        gone = inside - outside
        if gone & set(r.to):
            r.to = [c for c in r.to if c not in gone]
            r.persons = [p for p in r.persons if p.country not in gone]
            if not r.to and not r.organizations:
                emptied.append(r)
    return [r for r in group if not (r in emptied and any(
        o.type == r.type and o not in emptied for o in group))]
