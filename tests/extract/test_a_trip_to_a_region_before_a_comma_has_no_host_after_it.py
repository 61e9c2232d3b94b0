"""A trip told to a region in an opening phrase ("Within the framework of a trip to
Central Asia, the US Under Secretary paid a working visit to A", "During his trip to the
Middle East, the Foreign Minister of B held talks in ...") went to that region: the
country named after the comma opens the main clause, it is no host of the trip (and
the issuer made no trip to it). A list of places that goes on after the region ("a
trip to Southeast Asia, Vietnam and Laos") still names the hosts."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("tour-to-central-asia",
         "Within the framework of a trip to Central Asia, US Under Secretary of State Ann "
         "Ray paid a working visit to Kazakhstan.", "KAZ", "2024-03-14", ["visit"],
         [("visit", ("USA",), ("KAZ",), "2024-03-14")]),
    case("trip-to-the-middle-east",
         "During his trip to the Middle East, the Foreign Minister of Japan held talks in "
         "Astana.", "KAZ", "2024-03-14", ["visit", "meeting"],
         [("meeting", ("KAZ",), ("JPN",), "2024-03-14")]),
    case("tour-to-south-east-asia",
         "As part of his tour to South-East Asia, the German Minister of State visited "
         "Kazakhstan on Monday.", "KAZ", "2024-03-14", ["visit"],
         [("visit", ("DEU",), ("KAZ",), "2024-03-11")]),
    case("tour-to-the-western-balkans",
         "On her tour to the Western Balkans, the Minister of Foreign Affairs of Sweden paid "
         "a visit to Kazakhstan.", "KAZ", "2024-03-14", ["visit"],
         [("visit", ("SWE",), ("KAZ",), "2024-03-14")]),
    # the list of places goes on after the region: those are the hosts
    case("region-then-countries",
         "During a trip to Southeast Asia, Vietnam and Laos, the Minister signed two "
         "agreements.", "KAZ", "2024-03-14", ["visit"],
         [("visit", ("KAZ",), ("VNM",), "2024-03-14"),
          ("visit", ("KAZ",), ("LAO",), "2024-03-14")]),
    case("city-then-country",
         "The Minister made a trip to Port Vila, Vanuatu, on Monday.", "KAZ", "2024-03-14",
         ["visit"], [("visit", ("KAZ",), ("VUT",), "2024-03-11")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_trip_to_a_region_before_a_comma_has_no_host_after_it(text, issuer, date, types,
                                                                expected):
    check(text, issuer, date, types, expected)
