"""A signing told once with its documents counted and once without ("ended with the
two countries signing agreements and protocols ... At the close, six agreements were
signed by the two sides", in either order) is one signing occasion: with the same
sides on the same day, the count does not make it a second one. Two counted
signings ("six agreements ... and three protocols", told apart) stay two; so do a
signing told as one more ("further witnessed the signing of the Agreed Minutes",
"also signed") and a review's undated signings of a year, which may be several."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Record

__all__ = ["signing_counted_again"]

#: a signing told as one more than those told before
_MORE = re.compile(r"(?i)\b(?:further|also|another|other|additional(?:ly)?|separately|"
                   r"in addition|as well)\b")


def signing_counted_again(r: Record, seen: Iterable[tuple], review: bool) -> bool:
    """Whether the agreement ``r`` is a signing told before with the same sides and
    day, one of the two tellings counting its documents and the other not (``seen``:
    the keys of the records told, type, from, to, organisations, date start and
    quantity)."""
    if r.type != "agreement" or not r.date.start:
        return False
    if (review and len(r.date.start) < 10) or (r.source and _MORE.search(r.source.text)):
        return False
    k = ("agreement", tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start)
    count = r.quantity.value if r.quantity else None
    return any(key[:5] == k and (key[5] is None) != (count is None) for key in seen)
