"""A total told as raised to a figure ("bringing the total number to 64", "increased the
number of its consulates abroad to 41", "took the total number of treaties to 112", and
the second total of the same verb, "..., and the number of states with visa-free travel
to 73") is a counted fact with that value (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "values"), [
    ("Five new embassies were opened this year, bringing the total number to 64.", {64}),
    ("The Ministry increased the number of its consulates abroad to 41.", {41}),
    ("Strategic partnerships were set up with four countries, bringing their total to 12, and "
     "the number of states with visa-free travel to 73.", {12, 73}),
    ("This year Kenya raised the number of missions abroad to 70.", {70}),
    ("The new agreements took the total number of treaties with Japan to 112.", {112}),
])
def test_the_total_is_counted(text: str, values: set[int]) -> None:
    recs = extract_text("Results of the year 2024\n\n" + text, issuer="KEN", date="2024").records
    assert values <= {r.quantity.value for r in recs if r.quantity}
