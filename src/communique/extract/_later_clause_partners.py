"""A review's date told in a later clause with partners of its own.

A year-end review sets out many occasions in one sentence: "made working trips to
Finland, Latvia and Poland, and an official visit to Japan in September"; "welcomed
the foreign ministers of A, B and C; the visit of the Moldovan minister in April was
the first in nine years". The month belongs to the clause that tells it, with its own
trigger and its own partners; the occasions of the clauses before it keep the
review's year. A later clause naming no side ("visited Finland and held talks with the
President on 5 May") or the same sides ("chose Saudi Arabia for his first trip, and
held talks in Riyadh in July with Prince Faisal") tells the same occasion: its time is
the first clause's too. Readouts are left alone: one day's readout tells one day,
whatever the clause.
"""

from __future__ import annotations

from ._recognise import ISSUER, Sentence

#: the kinds of entity that name a side
_SIDES = ("country", "adj", "org")


def _sides(s: Sentence, a: int, b: int, issuer: str | None) -> set[str]:
    return {e.code for e in s.ents if a <= e.start < b and e.kind in _SIDES and not e.place
            and e.code not in (ISSUER, issuer)}


def later_clause_partners(s: Sentence, clause: tuple[int, int], issuer: str | None) -> bool:
    """Whether the sentence goes on after ``clause`` (a trigger's own clause) with a
    clause of its own that names other sides than ``clause`` does."""
    if clause[1] >= s.end:
        return False
    later = _sides(s, clause[1], s.end, issuer)
    return bool(later) and later != _sides(s, clause[0], clause[1], issuer)
