"""Counterparts of several countries met in one phrase, then told as one meeting.

"She met with the foreign ministers of A, B and C. During the meeting, she informed
her partners ...": the next sentence names the occasion in the singular, so it was one
meeting of them all, not one with each ("During the meetings", "During the meeting
with A" still tell them apart). A lead that named the same counterparts before ("X has
met with his counterparts from B, C and A." above the account) is that same meeting:
its one record per counterpart gives way to the meeting of all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..model import Record

__all__ = ["told_as_one_after", "lead_of_joint"]

#: the next sentence opened by the meeting in the singular, no partner after it
_ONE_AFTER = re.compile(r"\s*(?:During|At|In the course of|Throughout)\s+the\s+"
                        r"(?:(?:trilateral|quadrilateral|joint|ministerial)\s+)?meeting\b"
                        r"(?!s)(?![^.;,]{0,6}\b(?:with|between)\b)")


def told_as_one_after(text: str, end: int) -> bool:
    """Whether the sentence after ``end`` opens with "During the meeting," (one
    meeting, no partner named after it)."""
    return _ONE_AFTER.match(text, end) is not None


def lead_of_joint(records: Iterable[Record]) -> Iterator[Record]:
    """``records`` less the meetings of one earlier sentence that are each with one of
    the partners of a meeting of them all told after it, on the same day."""
    rs = list(records)
    joint = [r for r in rs if r.type == "meeting" and len(r.to) > 1 and r.source is not None]
    if not joint:
        return iter(rs)
    drop: set[int] = set()
    by_source: dict[tuple[int, int], list[int]] = {}
    for i, r in enumerate(rs):
        if r.type == "meeting" and len(r.to) == 1 and r.source is not None:
            by_source.setdefault((r.source.start, r.source.end), []).append(i)
    for j in joint:
        assert j.source is not None
        for (a, _b), idx in by_source.items():
            ones = [rs[i] for i in idx]
            if a < j.source.start and len(ones) == len(j.to) \
                    and sorted(r.to[0] for r in ones) == sorted(j.to) \
                    and all(r.from_ == j.from_ and r.date.start == j.date.start
                            for r in ones):
                drop.update(idx)
    return (r for i, r in enumerate(rs) if i not in drop)
