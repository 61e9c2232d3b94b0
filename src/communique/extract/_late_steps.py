"""The late steps of the pipeline over a document's records: the measures each
sentence's records count, and a readout's tour dated by its stops (the pipeline's
``step_measures`` and ``step_tours`` call these)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby

from ..model import Record
from ._during_visit import date_during_visit
from ._frames import Context
from ._review_stays import date_listed_visits
from ._session_visited import session_visited
from ._talks_on_trip import talks_on_the_trip
from ._tours import readout_stays, refine_tours
from ._visit_continued import arrival_of_continued_visit

__all__ = ["measured", "toured"]

#: how far back (characters) a sentence's measure may look for its record
_MEASURE_REACH = 400


def measured(records: Iterator[Record]) -> Iterator[Record]:
    """What each sentence's records count ("143 votes", "40 students", "USD 2
    million"): see :mod:`communique.measures` (patterns are data files there)."""
    from ..measures import attach_measures, find_measures

    # the last sentences' records wait here, so that a measure of the next
    # sentence may still join them before they flow on
    held: list[list[Record]] = []
    for _span, group in groupby(records, key=lambda r: (r.source.start, r.source.end)
                                if r.source else None):
        recs = list(group)
        src = recs[0].source
        if src is not None:
            near = [r for g in held for r in g if r.source is not None
                    and 0 <= src.start - r.source.end <= _MEASURE_REACH]
            attach_measures(recs, find_measures(src.text), near, src.text)
        held.append(recs)
        if len(held) > 2:
            yield from held.pop(0)
    for recs in held:
        yield from recs


def toured(records: Iterator[Record], text: str, ctx: Context | None,
           review: bool) -> Iterator[Record]:
    """A readout's tour: each country's visit dated by the stops the text describes
    (see :mod:`communique.extract._tours`)."""
    if not review and ctx is not None:
        records = readout_stays(records, text, ctx)
    if not review:
        # "continues today his visit to A. He arrived yesterday": the visit's first day
        records = arrival_of_continued_visit(records, text)
    if review:
        # "made official visits to A, B and C. In Ankara, on 11 February, ...": A's day
        records = date_listed_visits(records, text)
    # "visited Chile in March. During the meeting with A, ...": the trip's date
    records = date_during_visit(records, text)
    # "On a visit to Algeria the Minister discussed ...": talks with the host too
    records = talks_on_the_trip(records, ctx.issuer if ctx is not None else None)
    # "during his trip to the UN General Assembly": taking part in its session too
    records = session_visited(records)
    return refine_tours(records, enabled=not review,
                        sections=ctx.sections if ctx is not None else None)
