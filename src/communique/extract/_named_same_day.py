"""A meeting with an official of the other side, named, told again the same day by that
name ("called on President A and Prime Minister B here" as the lead, then "Soon after
arriving, he paid a courtesy call on President A", "He then called on Prime Minister B
at his office"; a standfirst repeated word for word under the dateline): the meeting told
before, in detail, not one more. The one named must be the one met, named after the verb
of meeting ("Minister B was received by the President" names the guest, met by another
official of ours). Still another meeting: "again", "a second", "another", "once more",
"anew"; a day of its own other than the one told; anyone else of that side named with
no name told before, or by an office alone not told before ("held a meeting with B,
after talking with the President-elect"); more meetings told in the sentence than at the
first telling."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from ..model import Record

__all__ = ["named_same_day"]

#: a telling that says it was one more meeting with the one named
_AGAIN = re.compile(r"\b(?:again|second|another|once\s+more|anew|re-?met|return\s+visit)\b",
                    re.I)


#: a verb of meeting, the one met named after it
_MET = re.compile(r"\b(?:met|meets|meeting|called\s+on|calls\s+on|call\s+on|received|receives|"
                  r"talks|talked|hosted|welcomed|audience)\b", re.I)


def _named_met(text: str, names: set[str]) -> bool:
    """Whether one of ``names`` is named after the sentence's first verb of meeting."""
    verb = _MET.search(text)
    low = text.casefold()
    return verb is not None and any(low.find(n, verb.end()) >= 0 > low.find(n, 0, verb.start())
                                    for n in names)


def _last(name: str) -> str:
    """The name's last word, its quotes and stops left out."""
    words = re.sub(r"[‘’'\"“”.,()]", " ", name).casefold().split()
    return words[-1] if words else ""


def _names(r: Record) -> tuple[set[str], set[str]]:
    """The last words of the names ``r`` names: all, and those of the other side."""
    every = {_last(p.name) for p in r.persons if p.name} - {""}
    theirs = {_last(p.name) for p in r.persons if p.name and p.country and p.country in r.to}
    return every, theirs - {""}


def _roles(r: Record) -> set[str]:
    """The offices of the other side's officials ``r`` names."""
    return {p.role for p in r.persons if p.country and p.country in r.to and p.role}


def _unnamed_other(r: Record, roles: set[str]) -> bool:
    """Whether ``r`` names an official of the other side by an office alone, one not told
    at the first telling ("after talking with the President-elect")."""
    return any(not p.name and p.country and p.country in r.to and p.role not in roles
               for p in r.persons)


def _key(r: Record) -> tuple:
    return (r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)


def named_same_day(records: Iterable[Record]) -> Iterator[Record]:
    """``records`` less a meeting told again by the names of the other side's officials
    met that day (see the module's docstring): every name it gives was given at the
    first telling, one of them an official of the other side's."""
    told: dict[tuple, tuple[int, set[str], set[str]]] = {}  # first source, names, theirs
    roles: dict[tuple, set[str]] = {}  # the offices of theirs told at the first telling
    rs = list(records)
    # (how many meetings of each sides and day each sentence told)
    counts = Counter((r.source.start, *_key(r)) for r in rs if r.source is not None)
    for r in rs:
        if r.type != "meeting" or r.source is None or not r.date.start \
                or len(r.date.start) != 10 or len(r.to) != 1:
            yield r
            continue
        k = _key(r)
        every, theirs = _names(r)
        first = told.get(k)
        if first is not None and first[0] != r.source.start and every \
                and every <= first[1] and _named_met(r.source.text, every & (first[2] | theirs)) \
                and counts[(r.source.start, *k)] <= counts[(first[0], *k)] \
                and not _unnamed_other(r, roles.get(k, set())) \
                and not _AGAIN.search(r.source.text):
            continue
        if first is None:
            told[k] = (r.source.start, set(every), set(theirs))
            roles[k] = _roles(r)
        elif first[0] == r.source.start:
            first[1].update(every)
            first[2].update(theirs)
            roles[k].update(_roles(r))
        yield r
