"""A country's name that is a person's surname ("Prime Minister Luís
Montenegro") names no country (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sides(text: str) -> list[list[str]]:
    return [r.to for r in extract_text(text, issuer="ESP", date="2025-05-06").records
            if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "The Minister met Portuguese Prime Minister Luís Montenegro in Lisbon on Monday.",
    "On Monday the Minister held talks in Lisbon with the Prime Minister of Portugal, "
    "Luís Montenegro.",
    "Luís Montenegro, the Prime Minister of Portugal, received the Minister on Monday.",
])
def test_a_surname_that_is_a_country_is_no_side(text):
    assert _sides(text) == [["PRT"]]


@pytest.mark.parametrize(("text", "side"), [
    ("The Minister met the Prime Minister of Montenegro in Podgorica.", "MNE"),
    ("The Minister met President Jakov Milatović of Montenegro.", "MNE"),
    ("In Podgorica, Montenegro and Spain agreed to hold consultations; the Minister met "
     "her counterpart.", "MNE"),
])
def test_the_country_itself_still_counts(text, side):
    assert _sides(text) == [[side]]
