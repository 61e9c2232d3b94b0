"""One trip made jointly by the issuer's official and another side's ("the joint visit of
the Estonian and Latvian foreign ministers to Japan", "the ministers of A and B
travelled together to C"): one occasion, the issuer's visit to the host, not a second
visit of the companion's country. When the issuer is not among the travellers ("the
ministers of A and B visited C"), each side's visit stays its own record, as the
schema counts them."""

from __future__ import annotations

import re

from ..model import Record
from ._recognise import Sentence

__all__ = ["joint_trip"]

#: a trip told as made jointly: "joint visit", "a joint working trip", "jointly
#: visited", "visited ... together", "travelled together to"
_JOINT_TRIP = re.compile(
    r"\bjoint\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|mission)s?\b"
    r"|\b(?:together|jointly)\s+(?:visited|travel(?:l)?ed|went|toured)\b"
    r"|\b(?:visited|travel(?:l)?ed|went|toured)\b[^.;]{0,60}?\b(?:together|jointly)\b", re.I)
#: "together with", "along with": a companion beside the subject, no joint plural
_BESIDE = re.compile(r"\b(?:together|along)\s+with\b", re.I)


def joint_trip(s: Sentence, recs: list[Record], issuer: str | None) -> list[Record]:
    """Drop the companion's visits to the hosts the issuer's official visited with them
    (see the module's docstring)."""
    if not issuer or not recs:
        return recs
    text = s.text[s.start:s.end]
    if not _JOINT_TRIP.search(text) or _BESIDE.search(text):
        return recs
    ours = {tuple(r.to) for r in recs if r.type == "visit" and r.from_ == [issuer]}
    if not ours:
        return recs
    return [r for r in recs if not (r.type == "visit" and issuer not in r.from_
                                    and len(r.from_) == 1 and tuple(r.to) in ours)]
