"""Two sides as the subject of "held consultations" followed by their topic ("The
Minister and the Foreign Minister of Peru held consultations on trade"): a
consultation; consultations on a plan, or with no foreign side, are none
(sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Tbilisi, 12 September 2024 - "


@pytest.mark.parametrize("text", [
    "The Minister and the Foreign Minister of Peru held consultations on trade.",
    "Georgia and Peru held consultations on consular matters on Tuesday.",
    "The deputy foreign ministers of Georgia and Peru held their first consultations about "
    "regional security.",
    "Georgia and Peru conducted consultations regarding the protection of investments.",
])
def test_two_sides_held_consultations_on_a_topic(ex, text):
    got = ex(_LEAD + text, date="2024-09-12", types=["consultation"])
    assert [g[:3] for g in got] == [("consultation", ("GEO",), ("PER",))]


@pytest.mark.parametrize("text", [
    "The Ministry held consultations on the draft law with civil society.",
    "The two sides held consultations on the possibility of opening embassies in Lima.",
])
def test_consultations_on_a_plan_or_with_no_foreign_side_are_none(ex, text):
    assert ex(_LEAD + text, date="2024-09-12", types=["consultation"]) == []
