"""A trip told as made to meet an official ("visited Riga to meet his colleague,
the Foreign Minister of Latvia", "flew to Lima to meet with the President of
Peru"): the "to meet" trigger stands only right after a journey's verb, done, and
its place; elsewhere ("agreed to meet", "will travel to Lima next week to meet")
it tells no meeting (see patterns/triggers.toml)."""

from __future__ import annotations

import re

#: "to meet", "to meet with" (the trigger's own text)
TO_MEET = re.compile(r"to\s+(?:meet(?:\s+with)?|see)", re.I)
#: a time told with the journey: "on 13 December", "on Tuesday, 4 June,", "last week",
#: "in early March", "yesterday" (a day, a month, a weekday or a relative word)
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_WHEN = (r"(?:,?\s+(?:(?:on|in)\s+(?:(?:early|mid|late|the\s+\w+\s+of)[\s-]+)?"
         r"(?:(?:\d{1,2}(?:st|nd|rd|th)?|(?-i:" + _MONTH + r"|[A-Z][a-z]+day)),?\s+){0,3}"
         r"(?:\d{1,2}(?:st|nd|rd|th)?|\d{4}|(?-i:" + _MONTH + r"|[A-Z][a-z]+day))|"
         r"(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|month|weekend|"
         r"(?-i:[A-Z][a-z]+day))|yesterday|today)(?=[\s,]))?")
#: a journey's verb in the past and its place, right before the trigger (a time may
#: stand after the verb or after the place: "flew to Oslo on 3 May to meet", "flew on
#: Monday to Ottawa to meet")
_JOURNEY_BEFORE = re.compile(
    r"\b(?:visited|(?:travell?ed|went|flew|came|journeyed)" + _WHEN + r"\s+to)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w’-]+(?:\s+(?-i:[A-Z])[\w’-]+){0,2}" + _WHEN + r",?\s+$", re.I)


def made_to_meet(text: str, sent_start: int, start: int) -> bool:
    """Whether the "to meet" at ``start`` follows a journey done to its place."""
    return _JOURNEY_BEFORE.search(text, max(sent_start, start - 110), start) is not None
