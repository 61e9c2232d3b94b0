"""Visits, trips or tours in the plural that "include" visits, in the present ("The year's
main visits include a state visit to Japan, ..."): the year's trips listed by example, each
a visit; not one trip's programme set out ahead ("The President's tour of Asia
includes a state visit to Japan", "Her visit to Kenya includes meetings with ...")
(texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="KEN", date="2024").records
    return [(r.to[0], r.date.start or "") for r in recs if r.type == "visit"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The year's main visits include a state visit to Japan, an official visit to Uganda "
     "and a working visit to Tanzania.", [("JPN", "2024"), ("UGA", "2024"), ("TZA", "2024")]),
    ("Key trips this year include the President's state visit to Ghana and his official "
     "visit to Egypt.", [("GHA", "2024"), ("EGY", "2024")]),
    ("The Minister's foreign trips include an official visit to Chile and a working visit "
     "to Peru.", [("CHL", "2024"), ("PER", "2024")]),
    ("High-level visits abroad include the Prime Minister's visit to India in March.",
     [("IND", "2024-03")]),
])
def test_the_years_trips_listed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _visits(text) == expected


@pytest.mark.parametrize("text", [
    "The President's tour of Asia includes a state visit to Japan.",
    "The programme of the visit includes a visit to Uganda.",
])
def test_one_trips_programme_is_still_ahead(text: str) -> None:
    assert _visits(text) == []


def test_a_visits_programme_of_meetings_is_still_ahead() -> None:
    recs = extract_text("Her visit to Kenya includes meetings with the President.",
                        issuer="UGA", date="2024").records
    assert [r for r in recs if r.type == "meeting"] == []
