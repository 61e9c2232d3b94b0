"""Bare "consultations" held by the two sides as the subject ("Georgia and Mexico held
consultations at the level of deputy foreign ministers on 10 March", "Kenya and
Georgia held their first consultations in Nairobi on Tuesday"): a round of
consultations; consultations on a subject with no partner are none (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("Georgia and Mexico held consultations at the level of deputy foreign ministers on "
     "10 March in Mexico City.", "2025-03-10"),
    ("Georgia and Mexico held consultations on 10 March in Mexico City.", "2025-03-10"),
    ("Mexico and Georgia held their first consultations in Mexico City on Tuesday.",
     "2025-03-11"),
    ("The foreign ministries of Georgia and Mexico conducted consultations yesterday.",
     "2025-03-11"),
])
def test_consultations_held_by_the_two_sides_are_a_round(ex, text, day):
    got = ex(text, issuer="GEO", date="2025-03-12", types=["consultation"])
    assert got == [("consultation", ("GEO",), ("MEX",), day)]


@pytest.mark.parametrize("text", [
    "The Minister held consultations on the draft law on diplomatic service.",
    "Georgia and Mexico held consultations on Ukraine.",
    "The Minister held consultations in Tbilisi on Monday with the heads of Georgian "
    "embassies.",
])
def test_consultations_without_a_partner_state_are_none(ex, text):
    assert ex(text, issuer="GEO", date="2025-03-12", types=["consultation"]) == []
