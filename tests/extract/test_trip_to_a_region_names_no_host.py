"""A trip to a region that is no country ("toured A and B during a trip to Asia",
"on her tour to the Western Balkans"): the countries visited before it are hosts, not
visitors of the issuer (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str) -> set[tuple[str, str]]:
    recs = extract_text(text, issuer=issuer, date="2025-07-12").records
    return {(r.from_[0], r.to[0]) for r in recs if r.type == "visit" and r.from_ and r.to}


@pytest.mark.parametrize(("issuer", "text", "hosts"), [
    ("CHE", "The Federal Councillor toured Laos and Cambodia in early July during a "
     "five-day trip to Asia.", {"LAO", "KHM"}),
    ("AUT", "On 8 July the Minister visited Serbia and Albania on her tour to the Western "
     "Balkans.", {"SRB", "ALB"}),
    ("NOR", "On 8 July the Prime Minister visited Kenya during a trip to East Africa.",
     {"KEN"}),
])
def test_countries_visited_on_a_regional_trip_are_hosts(issuer: str, text: str,
                                                         hosts: set[str]) -> None:
    assert _visits(text, issuer) == {(issuer, h) for h in hosts}


def test_a_guest_on_a_trip_to_us_still_visits_us() -> None:
    text = "On 8 July the Foreign Minister of Nepal paid a visit to Bern."
    assert _visits(text, "CHE") == {("NPL", "CHE")}


@pytest.mark.parametrize(("issuer", "text", "pairs"), [
    ("CHE", "On 8 July the Minister toured Laos and Cambodia.",
     {("CHE", "LAO"), ("CHE", "KHM")}),
    ("CHE", "On 8 July the Minister made a tour of Laos and Cambodia.",
     {("CHE", "LAO"), ("CHE", "KHM")}),
    ("CHE", "On 8 July the President of Laos toured Switzerland.", {("LAO", "CHE")}),
])
def test_a_tour_of_places_is_a_visit_to_each(issuer: str, text: str,
                                             pairs: set[tuple[str, str]]) -> None:
    assert _visits(text, issuer) == pairs


@pytest.mark.parametrize("text", [
    "On 8 July the Minister toured the exhibition on Swiss design.",
    "On 8 July the Minister gave the guests a tour of the Federal Palace.",
])
def test_a_tour_of_a_building_is_no_visit(text: str) -> None:
    assert _visits(text, "CHE") == set()
