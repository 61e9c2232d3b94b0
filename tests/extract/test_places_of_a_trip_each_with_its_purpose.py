"""The places of one trip listed each with its own purpose or time: "visited Paris
for talks on trade and Rome for a conference" (no repeated "to": each place has its
purpose), "travelled to Nairobi for the summit and to Addis Ababa for meetings",
"went to Tokyo in May to attend the session and to Seoul in June" (the list goes on
past a purpose that is a trigger of its own). A person after "and" is no place."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("bare-for", "The Foreign Secretary visited Paris for talks on trade and Rome for a "
                     "conference on migration.", "PAK", "2023", ["visit"],
         [("visit", ("PAK",), ("FRA",), "2023"), ("visit", ("PAK",), ("ITA",), "2023")]),
    case("bare-for-in", "The Minister visited Ankara for consultations and Baku in October.",
         "PAK", "2023", ["visit"],
         # (whether "in October" is Ankara's too is not compared)
         [("visit", ("PAK",), ("TUR",), None), ("visit", ("PAK",), ("AZE",), "2023-10")]),
    case("to-for", "The Minister travelled to Nairobi for the summit and to Addis Ababa for "
                   "meetings at the AU.", "PAK", "2023", ["visit"],
         [("visit", ("PAK",), ("KEN",), "2023"), ("visit", ("PAK",), ("ETH",), "2023")]),
    case("to-attend", "The Minister went to Tokyo in May to attend the G7 outreach session and "
                      "to Seoul in June.", "PAK", "2023", ["visit"],
         [("visit", ("PAK",), ("JPN",), "2023-05"), ("visit", ("PAK",), ("KOR",), "2023-06")]),
    # a person after "and": no second place
    case("person-after", "The Minister visited Paris for talks with President Macron and "
                         "Chancellor Scholz.", "PAK", "2023", ["visit"],
         [("visit", ("PAK",), ("FRA",), "2023")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_places_of_a_trip_each_with_its_purpose(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
