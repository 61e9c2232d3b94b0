"""A guest welcomed to a place in the present of a narrative ("The Minister welcomes
the Foreign Minister and her delegation to Fiji") is welcomed as in the past: a
meeting with the guest's side and the guest's visit there. A thing of the guest's
welcomed ("welcomes the proposal of the Foreign Minister of Peru to hold talks in
Geneva") is no one's visit (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-15"


@pytest.mark.parametrize(("text", "partner", "day"), [
    ("The Minister held talks with the Foreign Minister of Chile in Tbilisi on Wednesday."
     "\n\nThe Minister welcomes the Foreign Minister and delegation to Georgia and praised "
     "the ties.", "CHL", "2024-03-13"),
    ("The Minister welcomes the Foreign Minister of Chile and delegation to Georgia.",
     "CHL", _DAY),
    ("The Minister welcomes his Chilean counterpart to Tbilisi for two days of talks.",
     "CHL", _DAY),
    ("The State Secretary welcomes Foreign Minister Ana Ruiz of Peru to Georgia on her "
     "first visit.", "PER", _DAY),
])
def test_a_guest_welcomed_to_a_place_in_the_present_visited(ex, text, partner, day):
    got = ex(text, date=_DAY, types=["visit", "meeting"])
    assert ("visit", (partner,), ("GEO",), day) in got
    assert ("meeting", ("GEO",), (partner,), day) in got


@pytest.mark.parametrize("text", [
    "The Minister welcomes the proposal of the Foreign Minister of Chile to hold talks in "
    "Geneva.",
    "The Ministry welcomes the decision of the President of Chile to visit Georgia next "
    "year.",
])
def test_a_thing_of_the_guest_welcomed_is_no_visit(ex, text):
    assert ex(text, date=_DAY, types=["visit"]) == []
