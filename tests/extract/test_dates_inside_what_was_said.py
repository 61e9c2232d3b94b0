"""A date inside what someone said, told or recalled ("informed the guests that
Chile opened its embassy in Lima in 1998") is the time of that content, not of
the meeting or visit the sentence tells (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _days(text: str, kind: str, partner: str) -> list[str | None]:
    recs = extract_text(text, issuer="PER", date="2025-05-14").records
    return [r.date.start for r in recs if r.type == kind and partner in r.to]


@pytest.mark.parametrize("text", [
    "The Minister met the Foreign Minister of Chile in Lima today and informed him that "
    "Peru had opened its first consulate in Arica in 1998.",
    "The President received the Ambassador of Chile, Ms Ana Soto, and told her that the "
    "two countries had signed their first trade agreement in 1998.",
    "The Minister held talks with the Foreign Minister of Chile today, recalling that the "
    "border treaty was concluded in 1929.",
    # the verb before the trigger, its object long
    "The Minister informed the audience, which included the Vice Minister of Foreign "
    "Affairs of Chile, Mr Juan Soto, that Chile had opened its embassy in Lima in 1998.",
    "The Minister held talks today with the Foreign Minister of Chile, who noted that "
    "Chile had opened an embassy in Lima in May 1998.",
])
def test_the_content_of_what_was_said_does_not_date_the_event(text: str) -> None:
    assert _days(text, "meeting", "CHL") == ["2025-05-14"]


@pytest.mark.parametrize(("text", "day"), [
    # the event told inside what was said keeps its day
    ("The Ministry said that the Minister met the Foreign Minister of Chile in Lima on "
     "12 May.", "2025-05-12"),
    # a day of the event before the content stays
    ("The Minister met the Foreign Minister of Chile on 12 May and told her that Peru "
     "opened its first consulate in Arica in 1998.", "2025-05-12"),
])
def test_the_event_keeps_its_own_day(text: str, day: str) -> None:
    assert _days(text, "meeting", "CHL") == [day]
