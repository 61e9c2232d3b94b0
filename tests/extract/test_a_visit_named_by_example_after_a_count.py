"""Visits counted, then one named by example ("hosted 12 foreign visits, including the
visit of the President of Peru"): the visitor is named after "of", the subject before
the count is the host (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="CHL", date="2022").records
    return sorted((tuple(r.from_), tuple(r.to), tuple(r.organizations)) for r in recs
                  if r.type == "visit")


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile hosted 12 foreign visits, including the visit of the President of Peru.",
     [(("PER",), ("CHL",), ())]),
    ("Over the year Chile welcomed above ten official visits, among them those of UN "
     "Secretary-General Ana Ruiz and six foreign ministers.", [((), ("CHL",), ("UN",))]),
    ("Chile welcomed 12 official visits, among them that of the Prime Minister of Fiji.",
     [(("FJI",), ("CHL",), ())]),
    ("In 2022 our country received 12 high-level visits, among them the visit of the "
     "Prime Minister of Fiji.", [(("FJI",), ("CHL",), ())]),
    ("Chile hosted many guests, notably the visits of the King of Spain and the "
     "President of Peru.", [(("ESP",), ("CHL",), ()), (("PER",), ("CHL",), ())]),
])
def test_the_visitor_named_comes_to_the_host(text: str, expected: list[tuple]) -> None:
    assert _visits(text) == expected


def test_our_own_trip_named_by_example_stays_ours() -> None:
    assert _visits("Chile's President made 12 visits abroad, including the visit of the "
                   "President to Peru.") == [(("CHL",), ("PER",), ())]
