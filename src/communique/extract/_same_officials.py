"""Whether two records may tell one occasion by the officials they name: the same
sides, and no official of a side named in one whom the other cannot be (another
office, or another name). "The phone conversation with Diaz" after talks with
Foreign Minister Rosa Diaz is the same; with President Boric it is not. A generic
office ("the Chilean minister") may be any minister of that side."""

from __future__ import annotations

from ..model import Person, Record

__all__ = ["same_occasion"]

#: offices that may name any official of a side
_GENERIC = frozenset({"minister", "official", "other", "delegation"})


def same_occasion(r: Record, before: Record) -> bool:
    """Whether ``r`` may name again the occasion of ``before``."""
    if set(r.from_) | set(r.to) != set(before.from_) | set(before.to) \
            or set(r.organizations) != set(before.organizations):
        return False
    return all(_may_be(p, [q for q in before.persons if q.country == p.country])
               for p in r.persons)


def _may_be(p: Person, told: list[Person]) -> bool:
    """Whether official ``p`` may be one of ``told`` (of the same side); a side that
    named no one may have anyone."""
    if not told:
        return True
    return any(_one(p, q) for q in told)


def _one(p: Person, q: Person) -> bool:
    if p.name and q.name:
        a, b = p.name.casefold(), q.name.casefold()
        return a in b or b in a
    return p.role == q.role or p.role in _GENERIC or q.role in _GENERIC
