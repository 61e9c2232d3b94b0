"""A trip told as made to meet an official ("visited Riga to meet his colleague,
the Foreign Minister of Latvia", "flew to Lima to meet with the President of
Peru"): the "to meet" trigger stands only right after a journey's verb, done, and
its place; elsewhere ("agreed to meet", "will travel to Lima next week to meet")
it tells no meeting (see patterns/triggers.toml)."""

from __future__ import annotations

import re

#: "to meet", "to meet with" (the trigger's own text)
TO_MEET = re.compile(r"to\s+meet(?:\s+with)?", re.I)
#: a journey's verb in the past and its place, right before the trigger
_JOURNEY_BEFORE = re.compile(
    r"\b(?:visited|(?:travell?ed|went|flew|came|journeyed)\s+to)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w’-]+(?:\s+(?-i:[A-Z])[\w’-]+){0,2},?\s+$", re.I)


def made_to_meet(text: str, sent_start: int, start: int) -> bool:
    """Whether the "to meet" at ``start`` follows a journey done to its place."""
    return _JOURNEY_BEFORE.search(text, max(sent_start, start - 70), start) is not None
