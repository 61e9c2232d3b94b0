"""A flight home is a consular operation only with the people flown as its object
("flew 300 citizens home"); an official's own flight ("Later he flew home", "flew
from Riga back to Vilnius") is none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _consular(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="LTU", date="2020-10-22").records
    return [list(r.to) for r in recs if r.type == "consular"]


@pytest.mark.parametrize("text", [
    "The Air Force flew 300 citizens home from Kabul on 20 October.",
    "On 20 October a chartered plane flew 120 stranded nationals back from Kabul.",
])
def test_people_flown_home_are_a_consular_operation(text: str) -> None:
    assert _consular(text) == [["AFG"]]


@pytest.mark.parametrize("text", [
    "The Minister met his Estonian counterpart. Later he flew home.",
    "On 20 October the Minister flew from Riga back to Vilnius.",
    "After the summit in Kabul the President flew straight home.",
])
def test_an_officials_own_flight_is_no_consular_operation(text: str) -> None:
    assert _consular(text) == []
