"""A call told again from the other side ("In reply, Minister B said that, taking a
call at such a time, his country felt ..."; "B thanked A for the call") is the call
told before between the same two sides on the same day, whoever the second telling
makes the caller: one call, not one each way. A call told as a second one ("called
back", "another call", "again") stays apart."""

from __future__ import annotations

import re
from collections.abc import Container

from ..model import Record

__all__ = ["call_told_back"]

#: a second call between the same sides: "called back", "another call", "again"
_SECOND = re.compile(r"(?i)\b(?:back|again|another|second|further|follow-up|returned|"
                     r"later|subsequent(?:ly)?)\b")


def call_told_back(r: Record, seen: Container[tuple]) -> bool:
    """Whether ``r`` is a call whose sides, the other way round, were told in a call
    on the same day before (``seen``: the keys of the records told, type, from, to,
    organisations, date start and quantity)."""
    if r.type != "call" or not (r.date.start and len(r.date.start) == 10):
        return False
    back = (r.type, tuple(r.to), tuple(r.from_), tuple(r.organizations), r.date.start,
            r.quantity.value if r.quantity else None)
    return back in seen and not (r.source and _SECOND.search(r.source.text))
