"""A lead told in the perfect on a page dated only by its year or month ("The first
political consultations between A and B have been held in Lima") takes the day the
same occasion is told with later in the text ("The consultations took place in the
course of a trip by the Deputy Minister to B on 11-12 December"): the lead's year (or
month) holds that day, so the two are one occasion (merged by
:func:`communique.extract._document.one_per_occasion`). Used by
:func:`communique.extract._dated_later.dated_later`."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import DateSpan, Record
from ._dates import find_dates

__all__ = ["coarse_day"]

#: the occasions held on a day (not a figure of the period: "27 agreements have been
#: signed during the year" keeps its year)
_EVENTS = frozenset({"meeting", "call", "visit", "consultation", "agreement", "commission"})


def coarse_day(lead: Record, later: Sequence[Record]) -> None:
    """Date ``lead`` (its date a year or a month) by the first record of ``later`` of the
    same kind and sides whose own sentence tells a day inside it."""
    coarse = lead.date.start
    if not coarse or len(coarse) not in (4, 7) or lead.source is None \
            or lead.type not in _EVENTS:
        return
    for o in later:
        day = o.date.start
        if (o.type, o.from_, o.to, o.organizations) == (lead.type, lead.from_, lead.to,
                                                        lead.organizations) \
                and day and len(day) == 10 and day.startswith(coarse) \
                and o.source is not None and o.source.start != lead.source.start \
                and find_dates(o.source.text):
            lead.date = DateSpan(day, o.date.end)
            return
