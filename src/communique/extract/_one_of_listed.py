"""A lead that lists the peers met ("met with his Kenyan, Ghanaian and Malian
counterparts on the sidelines of ..."), then a sentence with no day of its own that
tells the talks with one of them ("The Minister later talked with Malian Foreign
Minister A about ..."): that meeting told in detail, not one more. "Later" orders it
after the others of the list, it is no second occasion with that side. Still another
meeting: "also", "separately", "one-on-one" or a day of its own; another official than
the peer (a President after the foreign ministers, an envoy); a lead that listed envoys
or others than peers; and a group meeting told between the two ("The three of us met",
then "Afterwards I sat down with A one-on-one"). Where the lead, the sentence after it or
the title tells the meetings apart ("held back-to-back talks with", "The meetings were
held separately", a title "holds bilateral meetings with"), each was a meeting of its
own already: "also", "separately" or "bilateral talks" then tell the one listed in
detail ("Also in Paris, he met his Hungarian counterpart"); "again", "a second" or
"another" still tell one more. A day told only of the peer ("He then
met Foreign Minister A, who took office on 16 August") is no day of the meeting."""

from __future__ import annotations

import re
from typing import Any

from ..model import Person, Record
from ._clause_days import own_days
from ._told_by_layout import _title_end

__all__ = ["Listed", "coarser_told", "note_listed", "one_of_listed"]

#: the sources' starts, each with the sides its meetings named one each (a list: two or
#: more), and the last source that told a meeting of a group or of another side
Listed = dict[int, set[str]]

_ANOTHER = re.compile(r"\b(?:also|separately|another|second|again|too|as\s+well|one-on-one|"
                      r"one-to-one|t[eê]te-[aà]-t[eê]te|private(?:ly)?|bilaterally|"
                      r"bilateral\s+(?:meeting|talks|session|format))\b", re.I)
#: the words that still tell one more meeting after a lead of meetings told apart
_AGAIN = re.compile(r"\b(?:again|second|another|once\s+more|anew|one-on-one|one-to-one|"
                    r"t[eê]te-[aà]-t[eê]te|private(?:ly)?)\b", re.I)
#: meetings told apart: "held separate meetings with", "back-to-back talks", "holds
#: bilateral meetings with", "The meetings were held respectively"
_APART = re.compile(r"\b(?:separate(?:ly)?|respectively|back-to-back|one\s+after\s+another|"
                    r"bilateral\s+(?:meetings|talks)|(?:the|these|those)\s+meetings\s+"
                    r"(?:were|took))\b", re.I)
#: the peers listed: "his A and B counterparts", "the foreign ministers of A, B and C"
_PEERS = re.compile(r"\b(?:counterparts|colleagues|(?:foreign\s+)?ministers)\b", re.I)
#: the offices a peer of the list may be named by
_PEER_ROLES = frozenset({"foreign_minister", "minister", "counterpart", "other"})
#: the key under which the last group meeting's source is kept
_GROUP = -1


#: the verb of a meeting, and offices no peer of a list of ministers holds
_MET = re.compile(r"\b(?:met|meets?|meetings?|talks|talked|received|receives|held)\b", re.I)
_OTHER_OFFICE = re.compile(
    r"\b(?:(?:vice[- ])?presidents?|prime\s+ministers?|premiers?|chancellors?|kings?|queens?|"
    r"emirs?|amirs?|sultans?|crown\s+princes?|speakers?|ambassadors?|envoys?|governors?|"
    r"delegations?|heads?\s+of|secretar(?:y|ies)[- ]general)\b", re.I)


def _other_office(said: str) -> bool:
    """Whether a sentence names, after its verb of meeting, an office no peer holds."""
    m = _MET.search(said)
    return _OTHER_OFFICE.search(said, m.end() if m else 0) is not None


def note_listed(r: Record, listed: Listed) -> None:
    """Remember the sides a sentence's meetings named, and a group's meeting."""
    if r.type != "meeting" or r.source is None:
        return
    if len(r.to) == 1 and not r.organizations:
        listed.setdefault(r.source.start, set()).update(r.to)
    else:
        listed[_GROUP] = {str(r.source.start)}


def _told_apart(src: int, lead_text: str, text: str) -> bool:
    """Whether the lead at ``src`` (its sentence ``lead_text``), the sentence after it in
    its paragraph or the document's title tells the meetings apart."""
    if _APART.search(lead_text):
        return True
    if not text:
        return False
    end = src + len(lead_text)
    para = text.find("\n", end)
    para = len(text) if para < 0 else para
    stop = text.find(". ", end + 1, para)
    if _APART.search(text, end, para if stop < 0 else stop + 1):
        return True
    title = _title_end(text)
    return bool(title) and title <= src and _APART.search(text, 0, title) is not None


def one_of_listed(r: Record, before: tuple[int, list[Person], list[Person]] | None,
                  listed: Listed, lead_text: str | None, text: str = "") -> bool:
    """Whether meeting ``r`` tells again, with no day of its own, the meeting with one
    side of a list of peers told before (``before``: the source start and partners of
    the record with the same key; ``lead_text``: its sentence; ``text``: the
    document's, where the meetings may be told apart)."""
    if r.type != "meeting" or r.source is None or before is None or lead_text is None:
        return False
    src, partners = before[0], before[1]
    if src == r.source.start or len(listed.get(src, ())) < 2 or not _PEERS.search(lead_text):
        return False
    now = [p for p in r.persons if p.country and p.country in r.to]
    sides = listed.get(r.source.start, set())
    # (a sentence naming several sides tells the list again in detail only when each was
    # listed and no other office is named after its verb: "met his counterparts from A
    # and B. ... met separately with A's X and B's Y"; not "then met the presidents of A
    # and B")
    if len(sides) > 1 and not (sides <= listed[src] and not _other_office(r.source.text)):
        return False
    group = listed.get(_GROUP)
    if group and src < int(next(iter(group))) < r.source.start:
        return False
    told = {p.role for p in partners} or _PEER_ROLES
    if any(p.role not in told and p.role not in _PEER_ROLES for p in now):
        return False
    said = r.source.text
    another = _AGAIN if _told_apart(src, lead_text, text) else _ANOTHER
    return not another.search(said) and not (own_days(said) and _has_day(lead_text))


#: a time that names a day ("on Tuesday", "yesterday", "this morning"), not a week or a
#: month ("last week", "this month")
_DAY_WORD = re.compile(r"day|yesterday|tonight|morning|afternoon|evening", re.I)


def _has_day(lead_text: str) -> bool:
    """Whether the lead tells a day of its own: a detail's day after a lead of a week or
    a summit ("held talks with his A and B counterparts last week. ... On Wednesday he
    met A's Minister") is the day of the meeting listed, not another occasion."""
    return any(d.d1 is not None or (d.relative and _DAY_WORD.search(d.relative))
               for d in own_days(lead_text))


def coarser_told(k: tuple, seen: dict[tuple, Any]) -> Any:
    """What ``seen`` holds for key ``k`` told before with a coarser date (its month or
    year: a lead of "last week" before the day told in detail), or None."""
    day = k[4]
    if not day or len(day) != 10:
        return None
    for d in (day[:7], day[:4]):
        told = seen.get((*k[:4], d, *k[5:]))
        if told is not None:
            return told
    return None
