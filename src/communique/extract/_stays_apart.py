"""Two visits to one country from the same day that are two stays: "A trade delegation
is visiting Sydney from 3 to 14 May" and "A naval delegation visited Darwin from 3 to
7 May" in one digest. Both name a city and a last day, and both differ: two parties
went to two places for two spans, not one visit told twice."""

from __future__ import annotations

from ..model import Record

__all__ = ["stay_of", "another_stay"]

Stay = tuple[str | None, str | None]


def stay_of(r: Record) -> Stay:
    """The visit's last day and city, as far as told."""
    return r.date.end, (r.place.city if r.place else None)


def another_stay(r: Record, told: Stay | None) -> bool:
    """Whether visit ``r`` ends on another day in another city than the one ``told``."""
    if r.type != "visit" or told is None:
        return False
    end, city = stay_of(r)
    return bool(end and told[0] and city and told[1]) and end != told[0] and city != told[1]
