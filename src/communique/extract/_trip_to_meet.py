"""A trip told as made to meet an official ("visited Riga to meet his colleague,
the Foreign Minister of Latvia", "flew to Lima to meet with the President of
Peru", "arrived at 1015 at the Palacio de Santa Cruz to meet ..."): the "to meet"
trigger stands only right after a journey's verb, done, and its place; elsewhere
("agreed to meet", "will travel to Lima next week to meet") it tells no
meeting (see patterns/triggers.toml)."""

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
         r"morning|afternoon|evening|(?-i:[A-Z][a-z]+day))|yesterday|today|"
         r"at\s+(?:\d{1,2}[.:]\d{2}|\d{1,2}|[0-2]\d[0-5]\d)(?:\s*(?:[ap]\.?\s?m\b\.?|hours|hrs\b))?)"
         r"(?=[\s,]))?")
#: a journey's verb in the past and its place, right before the trigger (a time may
#: stand after the verb or after the place: "flew to Oslo on 3 May to meet", "flew on
#: Monday to Ottawa to meet")
_JOURNEY_BEFORE = re.compile(
    r"\b(?:visited|(?:travell?ed|went|flew|came|journeyed)" + _WHEN + r"\s+to|"
    r"arrived" + _WHEN + r"\s+(?:in|at|to)|"
    # a stay told as it is or was: "is in Oslo on 3 May to meet", "was today in Lima to
    # see" ("will be in Oslo to meet" is ahead: no "is" or "was" before the place)
    r"(?:is|are|was|were)(?:\s+(?:now|currently|also|already))?" + _WHEN + r"\s+in)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w’-]+(?:\s+(?:(?:de|del|da|do|di|of|la|le|des)\s+)?(?-i:[A-Z])[\w’-]+){0,2}"
    + _WHEN + r",?\s+$", re.I)


def made_to_meet(text: str, sent_start: int, start: int) -> bool:
    """Whether the "to meet" at ``start`` follows a journey done to its place."""
    return _JOURNEY_BEFORE.search(text, max(sent_start, start - 110), start) is not None


#: the trigger right at the end of a journey's region: "arrived at the Palacio de San
#: Carlos | to meet with ..."
_TO_MEET_NEXT = re.compile(r"\s*(to\s+(?:meet(?:\s+with)?|see|hold\s+talks\s+with)|"
                           # "arrived at the Palace of San Carlos for a meeting with"
                           r"for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:meeting|talks|consultations)\s+with)\b", re.I)

#: "for a " right before the region's end
_FOR_BEFORE = re.compile(r"\bfor\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)


def met_from(text: str, sent_start: int, end: int) -> int | None:
    """Where the official met is named when a journey's region, ending at ``end``,
    runs into its own "to meet" ("arrived at the Palacio de San Carlos to meet with
    the Colombian Foreign Minister"): a place no gazetteer knows leaves the visit's
    host to the one met; None if no trip made to meet ends there."""
    m = _TO_MEET_NEXT.match(text, end)
    if m is None and (b := _FOR_BEFORE.search(text, max(sent_start, end - 40), end)):
        # the region cut at the talks' own trigger: "arrived at A for | talks with"
        m = _TO_MEET_NEXT.match(text, b.start())
    if m is None or not made_to_meet(text, sent_start, m.start(1)):
        return None
    return m.end()
