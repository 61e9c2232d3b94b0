"""An occasion named by a definite noun phrase with a time of its own before the
document's ("the agreements reached during President A's visit to Peru last
year in April") is an earlier occasion, not a reference to the one the text
reported (see the definite references in :mod:`communique.extract._frames`)."""

from __future__ import annotations

from ..model import DateSpan, Record
from ._recognise import Sentence

__all__ = ["earlier_occasion"]


def _before(a: str, b: str) -> bool:
    """``a`` is earlier than ``b`` at the precision both give."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def earlier_occasion(s: Sentence, r: Record, t_end: int, clause_end: int,
                     default: DateSpan) -> bool:
    """Whether ``r``, made by a definite nominal trigger ending at ``t_end``, is
    dated by a time named after the trigger in its clause that lies before the
    document's date (``default``)."""
    start, ref = r.date.start, default.start
    if not start or not ref or not _before(start, ref):
        return False
    return any(t_end <= d.start < clause_end for d in s.dates)
