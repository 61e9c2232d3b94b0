"""A guest "welcomed to" a building ("to the Ministry of Foreign Affairs", "to the
Orbeliani Palace") is met there; no trip is told, so no visit, unless the sentence
tells one ("... on the occasion of his visit to Europe"). A guest welcomed to a city
or a country came: a visit (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Minister welcomed the Deputy Foreign Minister of Armenia to the Ministry of "
    "Foreign Affairs on 13 March.",
    "The President welcomed the Emir of Qatar to the Orbeliani Palace on 13 March.",
    "On 13 March the Minister welcomed the Ambassador of Chile to the Ministry.",
])
def test_welcomed_to_a_building_is_a_meeting_only(ex, text):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["visit", "meeting"])
    assert [g[0] for g in got] == ["meeting"]


@pytest.mark.parametrize(("text", "guest"), [
    ("The Minister welcomed his Indian counterpart to Tbilisi on 13 March.", "IND"),
    ("The Minister welcomed the Foreign Minister of Chile to Georgia on 13 March.",
     "CHL"),
    ("The Minister welcomed the Foreign Minister of Peru to the Palace of Government on "
     "13 March, during his official visit to Georgia.", "PER"),
])
def test_welcomed_to_a_place_or_on_a_visit_is_a_visit(ex, text, guest):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["visit"])
    assert got == [("visit", (guest,), ("GEO",), "2024-03-13")]
