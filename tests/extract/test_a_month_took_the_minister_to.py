"""A month or a season as the subject of a trip ("March took the Minister to Baghdad",
"July took him to Rome", "The autumn took the Minister to Tokyo and Seoul"): a visit to
each place, in that month (the season: the year); "The March took the protesters to the
square" and "took place" are no trips (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


@pytest.mark.parametrize("text, expected", [
    ("March took the Minister to Baghdad.", [("visit", ("JOR",), ("IRQ",), "2023-03")]),
    ("In June the Minister met his Iraqi counterpart. July took him to Rome.",
     [("visit", ("JOR",), ("ITA",), "2023-07")]),
    ("May also took him to Cairo.", [("visit", ("JOR",), ("EGY",), "2023-05")]),
    ("The autumn took the Minister to Tokyo and Seoul.",
     [("visit", ("JOR",), ("JPN",), "2023"), ("visit", ("JOR",), ("KOR",), "2023")]),
])
def test_the_month_took_the_traveller(text: str, expected: list) -> None:
    assert records(text, "JOR", {"visit"}, date="2023") == expected


@pytest.mark.parametrize("text", [
    "The March took the protesters to the square.",
    "The talks took place in Amman in March.",
])
def test_no_trip_otherwise(text: str) -> None:
    assert records(text, "JOR", {"visit"}, date="2023") == []
