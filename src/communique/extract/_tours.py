"""Tours: one visit per country, dated by the stops the readout describes.

"The Minister concluded his visit to Jordan, Israel and Palestine today", then
"In Amman on 14 March, he met ...", "In Ramallah on 17 March, ...": each
country's visit starts on the first day the text places the Minister there,
not on the day the release was written.

The visits of such a sentence (two or more hosts, one date for all) are held
back while later records pass; a later record placed in one of the hosts
(a city or country of that host, with a day) gives that host's visit its dates.
The held visits are let go at the end of the document, or after ``horizon``
more records, so memory stays bounded on long texts. Readouts only: in a
year-end review a later event in the same country is another occasion.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import DateSpan, Record

__all__ = ["refine_tours"]


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


class _Tour:
    def __init__(self, visits: list[Record]) -> None:
        self.visits = visits
        self.stops: dict[str, list[str]] = {r.to[0]: [] for r in visits}
        self.sender = visits[0].from_

    def see(self, r: Record) -> None:
        """Note the day of a later record placed in one of the hosts."""
        country = r.place.country if r.place else None
        day = r.date.start
        if country in self.stops and day and len(day) == 10 and r.from_ == self.sender:
            self.stops[country].append(day)

    def release(self, sections: dict[str, DateSpan] | None = None) -> list[Record]:
        for r in self.visits:
            days = sorted(self.stops[r.to[0]])
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
