"""A sentence that opens on the occasion just told, named again by its noun ("During
the meeting, ...", "Following the visit, ...") or by its results, outcome, end or close
("Following the results of the visit, ...", "As a result of the talks, ...", "At the
close of the summit, ..."): what it reports belongs to that occasion."""

from __future__ import annotations

import re

__all__ = ["ANAPHOR"]

ANAPHOR = re.compile(
    r"\W*(?:during|in the course of|at|on the occasion of|following|after|as a result of|"
    r"within the framework of|as part of)\s+"
    r"(?:the (?:results?|outcomes?|end|close|conclusion) of )?"
    r"(?:the|this|that|his|her|their|these)\s+(?:\w+\s+){0,2}?"
    r"(?:meetings?|visit|talks|summit|session|event|conversation|negotiations|ceremony|"
    r"discussions?)\b", re.I)
