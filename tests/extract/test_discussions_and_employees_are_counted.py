"""Discussions held and a ministry's employees are counted facts ("about 90 phone
discussions", "More than 1,200 employees work for the Ministry") (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "values"), [
    ("The Minister held about 90 phone discussions.", {90}),
    ("More than 1,200 employees work for the Ministry.", {1200}),
    ("The Minister held 140 bilateral meetings and about 60 telephone discussions.", {140, 60}),
    ("The Ministry's 900 employees serve in 60 missions.", {900, 60}),
    ("Some 15 discussions were held with the private sector.", {15}),
])
def test_counted(text: str, values: set[int]) -> None:
    recs = extract_text("Results of the year 2024\n\n" + text, issuer="KEN", date="2024").records
    assert {r.quantity.value for r in recs if r.quantity} == values
