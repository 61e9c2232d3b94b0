"""A count whose noun has a longer run of words before it joined by "and" or "or"
("267 phone and video conference calls", "18 trade and investment protection
agreements") counts that noun (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "values"), [
    ("The Minister held 267 phone and video conference calls.", {267}),
    ("We organised 45 trade and investment promotion events abroad.", {45}),
    ("The Ministry held 30 political and security policy consultations.", {30}),
    ("Kenya signed 18 trade and investment protection agreements.", {18}),
    ("Our consuls handled 120 civil and commercial law cases.", {120}),
])
def test_counted(text: str, values: set[int]) -> None:
    recs = extract_text("Results of the year 2024\n\n" + text, issuer="KEN", date="2024").records
    assert {r.quantity.value for r in recs if r.quantity} == values
