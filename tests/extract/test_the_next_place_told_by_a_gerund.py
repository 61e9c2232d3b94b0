"""The next place of a journey told by a gerund after "before", "after" or "then"
("visited Kenya before moving on to Tanzania", "Before heading to Chile, the Minister
visited Peru", "in Lima before proceeding to La Paz"): a visit there too; the subject
after a fronted gerund's comma is no apposition (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "hosts"), [
    ("The Minister flew to Peru before heading to Chile.", {"PER", "CHL"}),
    ("The Minister was in Peru on Monday before going on to Chile.", {"PER", "CHL"}),
    ("Before heading to Chile, the Minister visited Peru.", {"PER", "CHL"}),
    ("The President held talks in Lima with President Boluarte before proceeding to La Paz.",
     {"BOL"}),
    ("The Foreign Secretary visited Kenya this week before moving on to Tanzania.",
     {"KEN", "TZA"}),
])
def test_each_place_of_the_journey(text: str, hosts: set[str]) -> None:
    recs = extract_text(text, issuer="GBR", date="2024-05-10").records
    assert {c for r in recs if r.type == "visit" for c in r.to} == hosts
