"""People of note counted by their field ("over 100 public and cultural figures",
"Some 40 prominent figures") are a counted fact; figures as numbers ("Trade figures
rose", "The 2023 figures show") are not (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "values"), [
    ("The forum gathered over 100 public and cultural figures of Africa.", {100}),
    ("Some 40 prominent figures attended the reception.", {40}),
    ("The delegation included 12 business figures and six journalists.", {12, 6}),
    ("About 25 religious figures took part in the dialogue.", {25}),
    ("Eight leading figures of the diaspora were decorated.", {8}),
    ("Trade figures rose by 12 per cent.", set()),
    ("The 2023 figures show growth in trade.", set()),
])
def test_counted(text: str, values: set[int]) -> None:
    recs = extract_text("Results of the year 2024\n\n" + text, issuer="KEN", date="2024").records
    assert {r.quantity.value for r in recs if r.quantity} == values
