"""Consultations named with their subject before the partner ("Consultations on
Arctic affairs with Canada took place in Ottawa in May") are a consultation with
the partner (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _consultations(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="ISL", date="2024").records
    return [(r.to[0], r.date.start or "") for r in recs if r.type == "consultation" and r.to]


@pytest.mark.parametrize(("text", "found"), [
    ("Consultations on fisheries with Chile took place in Santiago in May.", [("CHL", "2024-05")]),
    ("In October, consultations on consular matters with Norway were held in Oslo.",
     [("NOR", "2024-10")]),
    ("Consultations on migration and asylum with the Netherlands were held in The Hague on "
     "3 March.", [("NLD", "2024-03-03")]),
])
def test_consultations_on_a_subject_with_a_partner(text, found) -> None:
    assert _consultations(text) == found


@pytest.mark.parametrize("text", [
    # planned, not held
    "Consultations on fisheries with Chile will take place in Santiago in May.",
    # the partner named only as a topic of a document
    "The Minister presented the report on consultations on fisheries with the industry.",
])
def test_no_consultation_held(text: str) -> None:
    assert _consultations(text) == []
