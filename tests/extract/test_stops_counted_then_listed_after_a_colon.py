"""A traveller's stops counted, then named after a colon ("stopping in four countries:
Chile, Peru, Brazil and Mexico", "made stops in three capitals: ..."): one visit to
each country listed; and a delegation taken to a place ("taking a delegation to
Tonga") is a visit there (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str = "ESP", date: str = "2024-05") -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((tuple(r.from_), tuple(r.to), r.date.start) for r in recs
                  if r.type == "visit")


@pytest.mark.parametrize(("text", "hosts"), [
    ("Foreign Minister Ana Lopez was the busiest member of the cabinet, stopping in four "
     "countries: Chile, Peru, Brazil and Mexico.", ["BRA", "CHL", "MEX", "PER"]),
    ("This month the Trade Minister stopped in three countries: Japan, Vietnam and "
     "the Philippines.", ["JPN", "PHL", "VNM"]),
    ("The Prime Minister made stops in five capitals: Oslo, Helsinki, Tallinn, Riga "
     "and Vilnius.", ["EST", "FIN", "LTU", "LVA", "NOR"]),
    ("Minister Pablo Ruiz, who stopped in two countries: Kenya and Ethiopia, returned "
     "on Friday.", ["ETH", "KEN"]),
])
def test_each_stop_listed_is_a_visit(text: str, hosts: list[str]) -> None:
    assert _visits(text) == [(("ESP",), (h,), "2024-05") for h in hosts]


@pytest.mark.parametrize(("text", "host"), [
    ("The Speaker, Marta Gil, took a delegation to Tonga in May.", "TON"),
    ("In May, Speaker Marta Gil was taking a parliamentary delegation to Samoa.", "WSM"),
])
def test_a_delegation_taken_to_a_place_is_a_visit(text: str, host: str) -> None:
    assert _visits(text) == [(("ESP",), (host,), "2024-05")]


@pytest.mark.parametrize("text", [
    "Consular services stopped in four countries: Chile, Peru, Brazil and Mexico.",
    "The minister said the fighting had stopped in two countries: Sudan and Chad.",
])
def test_what_stopped_in_countries_listed_is_no_traveller(text: str) -> None:
    assert _visits(text) == []
