"""Visits named as the source of outcomes to carry out are no visit.

"to implement the outcomes of high-level visits", "follow up on the results of
mutual visits", "the agreements reached during the recent visits": plural visits
named for what came of them, in a sentence about work to do, tell of no trip on a
day. A single visit named so ("the results of the visit of President A to B in
May") is a trip of its own and stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._signed_before import without_signed_before

if TYPE_CHECKING:
    from ._triggers import Trigger

__all__ = ["visits_as_source", "without_named_only", "without_visits_as_source"]

#: what came of the visits, just before their noun phrase
_OUTCOME_BEFORE = re.compile(
    r"\b(?:results?|outcomes?|achievements?|fruits?|deliverables|follow[\s-]?up|"
    r"(?:agreements?|understandings?|decisions?|commitments?)\s+(?:reached|made|taken)\s+"
    r"(?:during|at|in\s+the\s+course\s+of))\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?"
    r"(?:(?:recent|previous|past|earlier|mutual|reciprocal|bilateral)\s+)*$", re.I)
_PLURAL = re.compile(r"(?:^|\s)visits$", re.I)


def visits_as_source(text: str, lo: int, t: Trigger) -> bool:
    """Whether the visit trigger ``t`` names plural visits for their outcomes (its
    sentence opening at ``lo``)."""
    if t.type != "visit" or not _PLURAL.search(t.text):
        return False
    return _OUTCOME_BEFORE.search(text, max(lo, t.start - 60), t.start) is not None


def without_visits_as_source(text: str, lo: int, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` without plural visits named for their outcomes."""
    return [t for t in triggers if not visits_as_source(text, lo, t)]


def without_named_only(text: str, lo: int, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` without events only named: documents signed before (see
    ``_signed_before``) and plural visits named for their outcomes."""
    return without_visits_as_source(text, lo, without_signed_before(text, lo, triggers))
