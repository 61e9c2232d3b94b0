"""A delegation led to a country whose name takes "the" is a visit there, as one led to
any other country: "The Deputy Prime Minister led a delegation to the Philippines in
May", "headed a delegation to the United Arab Emirates". Before, "the" read the place as
a session's name, and no record was given. A delegation led to a body's session stays
participation in it (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["visit", "multilateral"]

_CASES = [
    case("philippines",
         "Annual Report 2023\n\nThe Deputy Prime Minister led a delegation to the Philippines "
         "in May.", "NZL", "2023", _TYPES, [("visit", ("NZL",), ("PHL",), "2023-05")]),
    case("uae",
         "Annual Report 2023\n\nThe Minister headed a delegation to the United Arab Emirates in "
         "March.", "NZL", "2023", _TYPES, [("visit", ("NZL",), ("ARE",), "2023-03")]),
    case("netherlands",
         "Review 2024\n\nThe Minister for Trade led the trade delegation to the Netherlands in "
         "May.", "EST", "2024", _TYPES, [("visit", ("EST",), ("NLD",), "2024-05")]),
    case("republic-of",
         "Review 2024\n\nThe State Secretary led the delegation to the Republic of Korea in "
         "October.", "EST", "2024", _TYPES, [("visit", ("EST",), ("KOR",), "2024-10")]),
    # near miss: a delegation led to a body's session
    case("session",
         "Review 2024\n\nThe Minister led the delegation to the United Nations Human Rights "
         "Council in March.", "EST", "2024", _TYPES,
         [("multilateral", ("EST",), (), "2024-03")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_delegation_led_to_a_country_named_with_the(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
