"""A meeting told first in the simple past with no time of its own, then told again
right after with its day: "Foreign Secretary A held a trilateral meeting with B and C.
Foreign Ministers of X, Y and Z met in Geneva on 21 March and agreed to ...", "A met
B during his stay at the UN General Assembly. The two met there on 18 September."
The lead took the page's day (the day the release was issued); the sentence after it
tells the day it happened. The lead, and the records of its sentence dated as it was
(the visit the meeting was held on), take that day, so the two tellings are one
occasion: the lead is kept, with the retelling's place. A retelling
marked as another occasion ("also", "again", "last", "previously") dates nothing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import DateSpan, Record
from ._dated_later import iso_day
from ._dates import find_dates

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
                      r"second|another|separately|later|next|will|would)\b", re.I)


def _names(r: Record) -> set[str]:
    """The surnames of the people a record names, of either side."""
    return {p.name.split()[-1].casefold() for p in r.persons if p.name and p.name.split()}


def retold_with_day(records: Iterable[Record], page: object | None) -> Iterator[Record]:
    """The records, a lead with no time of its own, dated ``page`` (the page's day),
    dated by the same occasion told again with its day in the next sentences (see the
    module's docstring)."""
    recs = list(records)
    if page is None:
        yield from recs
        return
    retold: set[int] = set()
    for i, r in enumerate(recs):
        lead = iso_day(r.date.start)
        src = r.source
        if lead is None or lead != page or r.date.end or src is None \
                or r.type not in _KINDS or find_dates(src.text) or _ALSO.search(src.text) \
                or _RELATIVE.search(src.text):
            continue
        for o in recs[i + 1:]:
            if o.source is None or o.source.start < src.end:
                continue
            if o.source.start - src.end > _REACH:
                break
            if o.type != r.type:
                continue
            if (o.from_, sorted(o.to), o.organizations) \
                    != (r.from_, sorted(r.to), r.organizations):
                break  # another meeting told between: the lead's telling is over
            day = iso_day(o.date.start)
            a, b = _names(r), _names(o)
            if day is not None and 0 < (lead - day).days <= _LAG and not o.date.end \
                    and find_dates(o.source.text) and not _ANOTHER.search(o.source.text) \
                    and (not a or not b or a & b):
                told = r.date.start
                for q in recs:
                    if q.source is not None and q.source.start == src.start \
                            and q.date.start == told and not q.date.end:
                        q.date = DateSpan(o.date.start, None)
                r.place = r.place or o.place
                retold.add(id(o))  # (the same occasion: told once)
            break
    yield from (r for r in recs if id(r) not in retold)
