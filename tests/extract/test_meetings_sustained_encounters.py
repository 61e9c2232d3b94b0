"""Encounters, tete-a-tetes and one-on-ones "sustained" or "maintained" with someone
(the verb of texts translated from Spanish or Portuguese: "sostuvo encuentros
bilaterales") are meetings, as "held" ones are (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Warsaw, 10 May 2024\n\n"


@pytest.mark.parametrize(("text", "partners"), [
    ("In the framework of the summit, the Minister sustained bilateral encounters with the "
     "Foreign Ministers of Peru and Chile.", ["CHL", "PER"]),
    ("The Deputy Minister maintained a brief encounter with the Foreign Minister of Peru.",
     ["PER"]),
    ("On the sidelines, she sustained a tete-a-tete with her Chilean counterpart.", ["CHL"]),
])
def test_sustained_encounters_are_meetings(ex, text, partners):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"meeting"})
    assert sorted(g[2][0] for g in got) == partners, got


@pytest.mark.parametrize("text", [
    "The Minister sustained her support for the reform of the Council.",
    "Poland maintained its position on the encounters between fishing fleets near Peru.",
])
def test_no_meeting(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"meeting"})
    assert got == [], got
