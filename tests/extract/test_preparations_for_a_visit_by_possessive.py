"""A visit named after "preparations for" with its visitor as a possessive ("the
preparations for the Prime Minister's visit to Abuja") is not held yet; the same
visit told as done is one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="GHA", date="2024-06-06").records
    return [list(r.to) for r in recs if r.type == "visit"]


@pytest.mark.parametrize("text", [
    "On 5 June the preparations for the Minister's visit to Kenya were discussed.",
    "The Ambassador briefed him on the preparations for the President's state visit to "
    "Nairobi later this month.",
])
def test_a_visit_being_prepared_is_not_held(text: str) -> None:
    assert _visits(text) == []


def test_the_same_visit_told_as_done_is_one() -> None:
    assert _visits("On 5 June the Minister's visit to Kenya took place.") == [["KEN"]]
