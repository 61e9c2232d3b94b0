"""A year's trips as the subject of "took ... to": "The Minister's travels in 2022 took him
to A, B and C", "Trips in 2022 took the Foreign Minister to ...", "Her visits abroad
this year took her to ...": our visit to each place (the noun in the plural and a time
after it were not read). "The visit took place in Paris" tells no trip (sentences of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _visits(text: str, issuer: str = "JOR", date: str = "2022") -> list[tuple]:
    return records(text, issuer, {"visit"}, date=date)


@pytest.mark.parametrize("text, hosts", [
    ("The Minister's travels in 2022 took him to Baghdad, Cairo, Riyadh and Washington.",
     ["EGY", "IRQ", "SAU", "USA"]),
    ("Trips in 2022 took the Foreign Minister to Paris, Berlin and Rome.",
     ["DEU", "FRA", "ITA"]),
    ("Her travels abroad this year took her to Oslo and Tokyo.", ["JPN", "NOR"]),
    ("His visits abroad took him to Ankara and Doha.", ["QAT", "TUR"]),
    ("In 2022 the Minister's travels abroad took him to Paris and Rome.", ["FRA", "ITA"]),
    ("The Minister's journeys during the year took him to Nairobi and Addis Ababa.",
     ["ETH", "KEN"]),
])
def test_the_years_trips_took_the_traveller_to_each_place(text: str, hosts: list) -> None:
    assert _visits(text) == sorted(("visit", ("JOR",), (h,), "2022") for h in hosts)


@pytest.mark.parametrize("text", [
    "The visit took place in Paris.",
    "The trips this year took place in spring.",
    "The talks took him to the limits of his patience.",
])
def test_near_misses_tell_no_trip(text: str) -> None:
    assert _visits(text) == []
