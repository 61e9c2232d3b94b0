"""A meeting told first in the simple past with no time of its own, then told again
right after with its day: "Foreign Secretary A held a trilateral meeting with B and C.
Foreign Ministers of X, Y and Z met in Geneva on 21 March and agreed to ...", "A met
B during his stay at the UN General Assembly. The two met there on 18 September."
The lead took the page's day (the day the release was issued); the sentence after it
tells the day it happened. The lead, and the records of its sentence dated as it was
(the visit the meeting was held on), take that day, so the two tellings are one
occasion: the lead is kept, with the retelling's place. A retelling
marked as another occasion ("also", "again", "last", "previously") dates nothing
(words in a quotation it gives mark nothing: "“Ties will grow”, A said on Wednesday
after meeting B", the next item of a digest). The
retelling may name no side ("The meeting took place in Santiago on 3 March"), round
talks may be retold as a meeting ("... held consultations with B. The two met in
Tbilisi on Thursday."), the lead may open with the readout's dateline ("PRAGUE, 6 March
2023 - The Minister met ..."), and a review's lead dated by its year alone takes the
day told in that year."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator

from ..model import DateSpan, Record
from ._dated_later import iso_day
from ._dates import find_dates, resolve

__all__ = ["retold_with_day"]

#: the occasions a release retells with their day
_KINDS = frozenset({"meeting", "call", "consultation", "commission"})
#: a lead that is itself one more occasion: "President A also called on B"
_ALSO = re.compile(r"\b(?:also|separately|later|then|afterwards)\b", re.I)
#: a lead timed by the day told before it ("In the afternoon, ... talks between A and
#: B"): not the page's day, whatever it took
_RELATIVE = re.compile(r"\b(?:morning|afternoon|evening|night|day|today|yesterday|"
                       r"tomorrow|week)\b", re.I)
#: how far (characters) after the lead its retelling may start
_REACH = 400
#: how many days before the page's day the occasion may have been
_LAG = 7
#: a retelling of another occasion: "also met", "met again", "last met", "previously"
_ANOTHER = re.compile(r"\b(?:also|again|last|previously|earlier|already|before|first|"
                      r"second|another|separately|later|next|will|would|"
                      # "The meeting followed the talks between the two Presidents on 20
                      # May": the occasion that came before it (not "declared on Wednesday
                      # following a meeting with B": the retelling's own occasion)
                      r"follow(?:ed|s)|preceded|precedes|paved)\b", re.I)


#: round talks a retelling may call a meeting ("The two met in Tbilisi on Thursday")
_MET_AS = frozenset({"consultation"})
#: a retelling that names no side: "The meeting took place in Santiago on 3 March"
_BARE = re.compile(r"\s*(?:The|This|Their|That)\s+(?:(?:bilateral|official|trilateral)\s+)?"
                   r"(?:meeting|talks|conversation|call|consultations|discussions?)\s+"
                   r"(?:took\s+place|was\s+held|were\s+held)\b[^.!?\n]*")
#: a readout's dateline opening the lead: "PRAGUE, 6 March 2023 - "
_DASH = re.compile(r"\s*(?:\(\w+\)\s*)?[–—-]")


#: a quotation: what a speaker said ("“Ties will grow”, A said on Wednesday after ...")
_QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|„[^“”\n]*[“”]")


def _unquoted(sentence: str) -> str:
    """``sentence`` without its quotations: a "will" or a "first" said in them does not
    make the retelling another occasion."""
    return _QUOTE.sub(" ", sentence)


def _own_dates(sentence: str) -> bool:
    """Whether ``sentence`` names a time of its own (a dateline's date is none)."""
    return any(d.start > 60 or not _DASH.match(sentence, d.end) for d in find_dates(sentence))


def _bare_day(text: str, end: int, page: _dt.date) -> str | None:
    """The day told by a retelling that names no side, right after ``end``."""
    m = _BARE.match(text, end)
    if m is None or _ANOTHER.search(m.group()):
        return None
    days = [d for d in find_dates(text, m.start(), m.end()) if d.d1 or d.relative]
    if len(days) != 1:
        return None
    return resolve(days[0], page.year, page).iso()[0]


def _names(r: Record) -> set[str]:
    """The surnames of the people a record names, of either side."""
    return {p.name.split()[-1].casefold() for p in r.persons if p.name and p.name.split()}


#: roles that say nothing of an official's rank ("the minister", "his counterpart")
_VAGUE_ROLES = frozenset({"minister", "official", "counterpart", "other", None})


def _other_ranks(r: Record, o: Record) -> bool:
    """Whether the other side's officials of ``r`` and ``o`` hold different offices (the
    foreign ministers' meeting, then the Presidents' talks): two occasions."""
    a = {p.role for p in r.persons if p.country in r.to} - _VAGUE_ROLES
    b = {p.role for p in o.persons if p.country in o.to} - _VAGUE_ROLES
    return bool(a and b and not a & b)


def retold_with_day(records: Iterable[Record], page: object | None,
                    text: str = "") -> Iterator[Record]:
    """The records, a lead with no time of its own, dated ``page`` (the page's day),
    dated by the same occasion told again with its day in the next sentences (see the
    module's docstring)."""
    recs = list(records)
    if not isinstance(page, _dt.date):
        yield from recs
        return
    retold: set[int] = set()
    for i, r in enumerate(recs):
        lead = iso_day(r.date.start)
        year = r.date.start if r.date.start and len(r.date.start) == 4 else None
        src = r.source
        if (lead != page and year is None) or r.date.end or src is None \
                or r.type not in _KINDS or _own_dates(src.text) or _ALSO.search(src.text) \
                or _RELATIVE.search(src.text):
            continue
        told = r.date.start
        new: str | None = None
        for o in recs[i + 1:]:
            if o.source is None or o.source.start < src.end:
                continue
            if o.source.start - src.end > _REACH:
                break
            if o.type != r.type and not (o.type == "meeting" and r.type in _MET_AS):
                continue
            if (o.from_, sorted(o.to), o.organizations) \
                    != (r.from_, sorted(r.to), r.organizations):
                break  # another meeting told between: the lead's telling is over
            a, b = _names(r), _names(o)
            if _other_ranks(r, o):
                break  # (the Presidents' talks told after the ministers' meeting)
            if find_dates(o.source.text) and not _ANOTHER.search(_unquoted(o.source.text)) \
                    and (not a or not b or a & b) and not o.date.end \
                    and _in_reach(o.date.start, lead, year):
                new = o.date.start
                r.place = r.place or o.place
                retold.add(id(o))  # (the same occasion: told once)
            break
        if new is None and text and src.text and text[src.start:src.end] == src.text:
            bare = _bare_day(text, src.end, page)
            new = bare if _in_reach(bare, lead, year) else None
        if new is None:
            continue
        for q in recs:
            if q.source is not None and q.source.start == src.start \
                    and q.date.start == told and not q.date.end:
                q.date = DateSpan(new, None)
    yield from (r for r in recs if id(r) not in retold)


def _in_reach(iso: str | None, lead: _dt.date | None, year: str | None) -> bool:
    """Whether the day ``iso`` may be the lead's: in the week before the page's day, or
    in the year a review's lead is dated by."""
    day = iso_day(iso)
    if day is None:
        return False
    if lead is not None:
        return 0 < (lead - day).days <= _LAG
    return year is not None and str(day.year) == year
