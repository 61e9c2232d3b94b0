"""An occasion told first in the perfect with no day of its own, then again with
its day: "Chile and Peru have signed a memorandum on fisheries in Lima. ... The two
ministers signed it on Thursday, the ministry said." The lead's record took the
page's day (the day the story was written); the later sentence tells the day it
happened. The lead takes that day, so the two are one occasion (merged by
:func:`communique.extract._document.one_per_occasion`). A guest's visit told so takes
the day of the talks of the same two sides told later with their day."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Iterator

from ..model import DateSpan, Record
from ._coarse_lead import coarse_day
from ._dates import find_dates

__all__ = ["dated_later", "iso_day"]

#: a verb in the present perfect: "have signed", "has held", "have just concluded", the
#: passive too ("A memorandum ... has been signed between A and B")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:just|now|also|jointly|formally|officially)\s+)?"
                      r"(?:been\s+(?:(?:just|now|also|jointly|formally|officially)\s+)?)?"
                      r"(?:\w+ed|met|held|paid|made|signed|begun|undertaken|spoken|taken|"
                      r"sent|won|led)\b", re.I)
#: how many days before the page's day the occasion may have been
_LAG = 7


def iso_day(iso: str | None) -> _dt.date | None:
    """The day an ISO date names, or None for a month, a year or no date."""
    if not iso or len(iso) != 10:
        return None
    try:
        return _dt.date.fromisoformat(iso)
    except ValueError:
        return None


def dated_later(records: Iterable[Record]) -> Iterator[Record]:
    """The records, a lead told in the perfect with no day of its own dated by the
    same occasion told later with its day (see the module's docstring)."""
    recs = list(records)
    for i, r in enumerate(recs):
        lead = iso_day(r.date.start)
        if r.date.end or r.source is None \
                or not _PERFECT.search(r.source.text) or find_dates(r.source.text):
            continue
        if lead is None:
            coarse_day(r, recs[i + 1:])  # (a page dated by its year alone, see there)
            continue
        for o in recs[i + 1:]:
            day = iso_day(o.date.start)
            if (o.type, o.from_, o.to, o.organizations) == (r.type, r.from_, r.to,
                                                            r.organizations) \
                    and day is not None and 0 < (lead - day).days <= _LAG \
                    and o.source is not None and o.source.start != r.source.start \
                    and (r.type != "meeting" or _same_people(r, o)) \
                    and find_dates(o.source.text):
                r.date = DateSpan(o.date.start, None)
                break
        else:
            if r.type == "visit":
                _visit_by_its_talks(r, lead, recs[i + 1:])
    yield from recs


def _visit_by_its_talks(r: Record, lead: _dt.date, later: list[Record]) -> None:
    """A guest's visit told in a lead in the perfect with no day ("Our Minister and the
    visiting UK minister have exchanged views"), then the talks of the two sides with
    their day ("during their meeting yesterday"): the visit is known from that day on,
    not from the page's."""
    for o in later:
        day = iso_day(o.date.start)
        if o.type == "meeting" and set(o.from_) | set(o.to) == set(r.from_) | set(r.to) \
                and day is not None and 0 < (lead - day).days <= _LAG \
                and o.source is not None and r.source is not None \
                and o.source.start != r.source.start and find_dates(o.source.text):
            r.date = DateSpan(o.date.start, None)
            return


def _same_people(a: Record, b: Record) -> bool:
    """Whether two meetings name the same official of the other side (by surname, or
    by office when neither is named): a later meeting with another official is
    another occasion, whose day is not the lead's."""
    def side(r: Record) -> tuple[set[str], set[str]]:
        them = [p for p in r.persons if p.country in r.to]
        return ({p.name.split()[-1].casefold() for p in them if p.name and p.name.split()},
                {p.role for p in them})
    (na, ra), (nb, rb) = side(a), side(b)
    if na and nb:
        return bool(na & nb)
    return bool(ra & rb)

