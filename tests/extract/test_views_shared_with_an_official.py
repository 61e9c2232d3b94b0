"""Views shared or swapped with an official ("shared views with the Foreign Minister
of Peru on regional security", "swapped ideas with her Chilean counterpart") are a
meeting, as "exchanged views with" is; views shared on a country stay its topic."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("shared-views", "The Minister shared views with the Foreign Minister of Peru on "
                         "regional security.", "NOR", "2024-03-12", ["meeting"],
         [("meeting", ("NOR",), ("PER",), "2024-03-12")]),
    case("swapped-ideas", "On Monday the Minister swapped ideas with her Chilean counterpart.",
         "NOR", "2024-03-12", ["meeting"], [("meeting", ("NOR",), ("CHL",), "2024-03-11")]),
    case("shared-perspectives", "The State Secretary shared perspectives with the Ambassador of "
                                "Japan.", "NOR", "2024-03-12", ["meeting"],
         [("meeting", ("NOR",), ("JPN",), "2024-03-12")]),
    case("on-a-country", "The Minister shared views with the Foreign Minister of Peru on "
                         "Venezuela.", "NOR", "2024-03-12", ["meeting"],
         [("meeting", ("NOR",), ("PER",), "2024-03-12")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_views_shared_with_an_official(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
