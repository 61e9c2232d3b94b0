"""A visit told by a participle opening the sentence ("Visiting Tbilisi on Tuesday,
the Vice President of Ghana ...", "Arriving in Tbilisi on Monday, the Foreign
Minister of Peru ..."): the visitor is the subject after the comma; with our own
official as the subject, our visit abroad (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("Visiting Tbilisi on Tuesday, the Vice President of Ghana laid a wreath at the "
     "memorial to the heroes.", "2025-03-11"),
    ("Arriving in Tbilisi on Monday, the Foreign Minister of Ghana was received by the "
     "Prime Minister.", "2025-03-10"),
    ("On Monday, travelling to Batumi, the Ghanaian delegation toured the port.",
     "2025-03-10"),
])
def test_the_subject_after_the_comma_is_the_visitor(ex, text, day):
    got = ex(text, issuer="GEO", date="2025-03-12", types=["visit"])
    assert got == [("visit", ("GHA",), ("GEO",), day)]


@pytest.mark.parametrize("text", [
    "Visiting Accra on Monday, the Minister met the President of Ghana.",
    "Visiting Accra on Monday, the Minister of Foreign Affairs of Georgia opened the "
    "embassy.",
])
def test_our_own_official_as_the_subject_visits_abroad(ex, text):
    got = ex(text, issuer="GEO", date="2025-03-12", types=["visit"])
    assert got == [("visit", ("GEO",), ("GHA",), "2025-03-10")]
