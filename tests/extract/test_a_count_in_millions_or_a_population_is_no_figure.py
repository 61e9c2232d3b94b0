"""A number before "million" or "billion" is no count of what follows ("150 million
euros", "three billion dollars" are amounts, not 150 or 3 things), and a country's
population or its people living somewhere ("a population of over 1.2 billion people",
"40,000 Chileans live in Peru") are no facts a ministry counted (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "value"), [
    ("The region is a market with a population of over 1.2 billion people.", 1.2),
    ("The Minister announced 150 million euros for reconstruction.", 150),
    ("Trade between the two countries exceeded three billion dollars last year.", 3),
    ("More than 40,000 Chileans live in Peru.", 40000),
    ("Some 1.5 million refugees are hosted by Jordan.", 1.5),
])
def test_not_counted(text: str, value: float) -> None:
    recs = extract_text("Results of the year 2024\n\n" + text, issuer="KEN", date="2024").records
    assert value not in {r.quantity.value for r in recs if r.quantity}
