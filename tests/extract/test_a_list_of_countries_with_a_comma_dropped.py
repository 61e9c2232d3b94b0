"""A list of countries begun with commas whose comma is dropped once ("Togo,
Benin, Sierra Leone Rwanda, Zambia and South Africa") goes on past the dropped comma:
one record per country. Two names side by side with no list begun ("visited Peru
Bolivia and Chile") and a city after a country are not read as such a list (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _to(text: str, kind: str) -> list[str]:
    recs = extract_text(text, issuer="KEN", date="2023").records
    return [c for r in recs if r.type == kind for c in (r.to if r.from_ == ["KEN"]
                                                        else r.from_)]


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("The President visited Togo, Benin, Sierra Leone Rwanda, Zambia and South Africa.",
     "visit", ["TGO", "BEN", "SLE", "RWA", "ZMB", "ZAF"]),
    ("The Minister met the Foreign Ministers of Chile, Peru Bolivia and Ecuador.",
     "meeting", ["CHL", "PER", "BOL", "ECU"]),
    ("Delegations from Norway, Sweden Finland and Denmark visited Nairobi.",
     "visit", ["NOR", "SWE", "FIN", "DNK"]),
    ("The Minister travelled to Chile, Peru Brazil and Uruguay in March.",
     "visit", ["CHL", "PER", "BRA", "URY"]),
])
def test_the_list_goes_on(text: str, kind: str, expected: list[str]) -> None:
    assert _to(text, kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He visited Chile, Peru Lima and Cusco.", ["CHL", "PER"]),
    ("He visited Peru Bolivia and Chile.", ["PER"]),
])
def test_no_list_read_past_the_gap(text: str, expected: list[str]) -> None:
    assert _to(text, "visit") == expected
