"""Tours: one visit per country, dated by the stops the readout describes.

"The Minister concluded his visit to Jordan, Israel and Palestine today", then
"In Amman on 14 March, he met ...", "In Ramallah on 17 March, ...": each
country's visit starts on the first day the text places the Minister there,
not on the day the release was written.

The visits of such a sentence (two or more hosts, one date for all) are held
back while later records pass; a later record placed in one of the hosts
(a city or country of that host, with a day) gives that host's visit its dates.
A single visit told with no day of its own ("who was in Lima for a two-day
visit") in a text with no day of its own (no dateline, no day given) starts on
the first day of an event in person with its host told after it, within its own
year or month (:func:`date_stays`; records then wait so that they leave in order).
The held visits are let go at the end of the document, or after ``horizon``
more records, so memory stays bounded on long texts. Readouts only: in a
year-end review a later event in the same country is another occasion.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from ..model import DateSpan, Record
from ._frame_parts import Context
from ._told_day import day_told_next

__all__ = ["date_stays", "readout_stays", "refine_tours"]


def _sentence(r: Record) -> tuple[int, int] | None:
    return (r.source.start, r.source.end) if r.source else None


def _is_tour(group: list[Record]) -> bool:
    visits = [r for r in group if r.type == "visit"]
    if len(visits) < 2:
        return False
    hosts = {tuple(r.to) for r in visits}
    senders = {tuple(r.from_) for r in visits}
    dates = {(r.date.start, r.date.end) for r in visits}
    return len(hosts) == len(visits) and len(senders) == 1 and len(dates) == 1 and \
        all(len(r.to) == 1 for r in visits)


#: the events a traveller holds with the host in person (a call is not one)
_IN_PERSON = frozenset({"meeting", "consultation", "commission", "agreement"})


def _is_stay(r: Record, page: DateSpan | None = None, coarse: bool = True) -> bool:
    """A visit to one host whose date is coarser than a day ("who was in Lima for a
    two-day visit" in a text with no day of its own), or is only the page's day
    (``page``: "Peru welcomed an official visit from ..." on the day of the
    release): the days of its events date it."""
    start = r.date.start
    return r.type == "visit" and len(r.to) == 1 and bool(r.from_) and start is not None \
        and ((coarse and len(start) < 10) or (page is not None and r.date == page
                                              and not _ON_THE_DAY.search(_text(r)))) \
        and r.date.end is None


#: a visit told as of the page's day itself: "today", "this morning", "concluded", an
#: arrival ("arrived in Muscat to co-chair ...": its own day, the page's)
_ON_THE_DAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|"
                         r"conclud\w*|ended|ends|wrapp\w*\s+up|arriv\w*|landed|lands)\b",
                         re.I)


def _text(r: Record) -> str:
    return r.source.text if r.source else ""


class _Tour:
    def __init__(self, visits: list[Record], *, stay: bool = False) -> None:
        self.visits = visits
        self.stops: dict[str, list[str]] = {r.to[0]: [] for r in visits}
        self.sender = visits[0].from_
        #: a single visit of no day: its host's events with the traveller date it too
        self.stay = stay
        #: the page's day, when such a visit is dated only by it
        self.page: DateSpan | None = None

    def see(self, r: Record) -> None:
        """Note the day of a later record placed in one of the hosts (a stay: also
        an event in person with the host, within the visit's year or month)."""
        country = r.place.country if r.place else None
        day = r.date.start
        if not (day and len(day) == 10 and r.from_ == self.sender):
            return
        if country in self.stops:
            self.stops[country].append(day)
        elif self.stay and r.type in _IN_PERSON and r.to == self.visits[0].to \
                and not r.organizations:
            self.stops[r.to[0]].append(day)

    def release(self, sections: dict[str, DateSpan] | None = None) -> list[Record]:
        for r in self.visits:
            days = sorted(self.stops[r.to[0]])
            if self.stay and self.page is not None and r.date == self.page:
                # (a visit of the page's day: by an event of the week before it, the
                # day the guest was there first; "today" is not dated by the next)
                page = self.page.start or ""
                days = [d for d in days if _days_before(d, page) in range(1, 8)][:1]
            elif self.stay:
                # (within the visit's own year or month: "his visit in 2023" is not
                # dated by talks of 2025)
                days = [d for d in days if d.startswith(r.date.start or "")][:1]
            if sections and r.to[0] in sections:
                r.date = sections[r.to[0]]  # the days its section's heading gives
            elif days:
                r.date = DateSpan(days[0], days[-1] if days[-1] != days[0] else None)
        return self.visits


def refine_tours(records: Iterator[Record], *, enabled: bool = True, horizon: int = 60,
                 sections: dict[str, DateSpan] | None = None) -> Iterator[Record]:
    """The records, with the visits of each tour dated by its stops (see above),
    or by the days a stop's section heading gives (``sections``, filled while
    the text is read: "2. Ghana (May 1 and 2)")."""
    if not enabled:
        yield from records
        return
    group: list[Record] = []
    tours: list[tuple[_Tour, int]] = []  # (tour, records seen since)

    def flush_group() -> Iterator[Record]:
        if _is_tour(group):
            visits = [r for r in group if r.type == "visit"]
            tours.append((_Tour(visits), 0))
            yield from (r for r in group if r.type != "visit")
        else:
            yield from group
        group.clear()

    for r in records:
        if group and _sentence(r) != _sentence(group[0]):
            yield from flush_group()
        for tour, _ in tours:
            tour.see(r)
        tours[:] = [(t, n + 1) for t, n in tours]
        while tours and tours[0][1] > horizon:
            yield from tours.pop(0)[0].release(sections)
        group.append(r)
    yield from flush_group()
    for tour, _ in tours:
        yield from tour.release(sections)


def _days_before(day: str, page: str) -> int:
    """How many days ``day`` is before ``page`` (both ISO days; -1 if not)."""
    try:
        return (_dt.date.fromisoformat(page) - _dt.date.fromisoformat(day)).days
    except ValueError:
        return -1


def date_stays(records: Iterator[Record], *, horizon: int = 60,
               page: DateSpan | None = None, coarse: bool = True) -> Iterator[Record]:
    """The records, with each single visit of no day (see :func:`_is_stay`; a
    sentence with several visits of one traveller is a tour) starting on the first
    day of an event in person with its host told after it. From the first such
    visit on, records wait (``horizon`` at most) so that they leave in order."""
    held: list[Record] = []
    stays: list[_Tour] = []
    group: list[Record] = []

    def take(group: list[Record]) -> None:
        for tour in stays:
            for r in group:
                tour.see(r)
        senders = [tuple(r.from_) for r in group if r.type == "visit"]
        for r in group:
            if _is_stay(r, page, coarse) and senders.count(tuple(r.from_)) == 1:
                stays.append(_Tour([r], stay=True))
                stays[-1].page = page
        held.extend(group)

    def release() -> Iterator[Record]:
        for tour in stays:
            tour.release()
        stays.clear()
        yield from held
        held.clear()

    for r in records:
        if group and _sentence(r) != _sentence(group[0]):
            take(group)
            group = []
            if not stays or len(held) > horizon:
                yield from release()
        group.append(r)
    take(group)
    yield from release()


def readout_stays(records: Iterator[Record], text: str, ctx: Context) -> Iterator[Record]:
    """A readout's visits of no day of their own, dated by their host's events: in
    a text with no day of its own, a visit of no day; in a text with a page day, a
    visit dated only by it (and before, a meeting of the page's day by the day the
    next sentence tells, see :mod:`._told_day`)."""
    records = day_told_next(records, text, ctx)
    default = ctx.default
    if ctx.dateline is None:
        return date_stays(records)
    if len(default.start or "") == 10:
        return date_stays(records, page=default, coarse=False)
    return records
