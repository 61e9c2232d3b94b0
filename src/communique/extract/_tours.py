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

from collections.abc import Iterator

from ..model import DateSpan, Record

__all__ = ["date_stays", "refine_tours"]


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


def _is_stay(r: Record) -> bool:
    """A visit to one host whose date is coarser than a day ("who was in Lima for a
    two-day visit" in a text with no day of its own): the days of its events date it."""
    start = r.date.start
    return r.type == "visit" and len(r.to) == 1 and bool(r.from_) and start is not None \
        and len(start) < 10 and r.date.end is None


class _Tour:
    def __init__(self, visits: list[Record], *, stay: bool = False) -> None:
        self.visits = visits
        self.stops: dict[str, list[str]] = {r.to[0]: [] for r in visits}
        self.sender = visits[0].from_
        #: a single visit of no day: its host's events with the traveller date it too
        self.stay = stay

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
            if self.stay:
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


def date_stays(records: Iterator[Record], *, horizon: int = 60) -> Iterator[Record]:
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
        stays.extend(_Tour([r], stay=True) for r in group
                     if _is_stay(r) and senders.count(tuple(r.from_)) == 1)
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
