"""A day told, then "the next morning" (or "the following day", "two days later") in
the same sentence before the next event, or right after its object: that event is
on the day after the day told (or as many days after as it says); the event told
before the phrase keeps its day (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("The Minister arrived in Rome on 12 March and the next morning met the Foreign "
     "Minister of Italy.", "2024-03-13"),
    ("On 12 March the Minister landed in Rome, and the following day he held talks with "
     "the Italian Foreign Minister.", "2024-03-13"),
    ("Having arrived in Rome on Tuesday, 12 March, the Minister the next morning met the "
     "Italian Foreign Minister.", "2024-03-13"),
    ("The Minister arrived in Rome on 12 March and met the Italian Foreign Minister the "
     "next morning.", "2024-03-13"),
    ("The Minister arrived in Rome on 12 March and two days later held talks with the "
     "Prime Minister of Italy.", "2024-03-14"),
])
def test_the_event_after_the_next_morning_is_on_the_day_after(ex, text, day):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting", "visit"])
    assert got == [("meeting", ("GEO",), ("ITA",), day),
                   ("visit", ("GEO",), ("ITA",), "2024-03-12")]


@pytest.mark.parametrize("text", [
    "The Minister arrived in Rome on 12 March and met the Italian Foreign Minister the "
    "same evening.",
    "On 12 March the Minister met the Italian Foreign Minister; the next morning he left "
    "for Milan.",
])
def test_an_event_before_the_phrase_or_on_the_same_day_keeps_its_day(ex, text):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("ITA",), "2024-03-12")]
