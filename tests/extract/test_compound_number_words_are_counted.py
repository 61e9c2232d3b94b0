"""Number words of tens and units, and the tens above fifty ("Thirty-two heads of state",
"sixty-five ambassadors", "Ninety delegations", "forty-one conferences"), count what
follows as digits do (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "values"), [
    ("Thirty-two heads of state and government visited Kenya this year.", {32}),
    ("The Minister received sixty-five ambassadors during the year.", {65}),
    ("Ninety delegations took part in the forum.", {90}),
    ("Some seventy-eight students received scholarships.", {78}),
    ("Kenya hosted forty-one conferences in 2024.", {41}),
])
def test_counted(text: str, values: set[int]) -> None:
    recs = extract_text("Results of the year 2024\n\n" + text, issuer="KEN", date="2024").records
    assert {r.quantity.value for r in recs if r.quantity} == values
