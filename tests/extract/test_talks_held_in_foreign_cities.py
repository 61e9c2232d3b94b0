"""A review tells where its official talked, not whom with: "The Deputy Foreign
Minister held talks in Seoul and Tokyo in July", "The State Secretary held political
talks in Belgrade, Podgorica and Sarajevo". The talks are with each city's country, one
record each, dated by the sentence. Talks in a city that seats organisations (Brussels),
in the issuer's own capital, or with someone no side names ("with Japanese
businessmen") give no such record (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("two-cities-month",
         "Review 2023\n\nThe Deputy Foreign Minister held talks in Seoul and Tokyo in July.",
         "EST", "2023", CORE,
         [("meeting", ("EST",), ("KOR",), "2023-07"), ("meeting", ("EST",), ("JPN",), "2023-07")]),
    case("political-talks-three-cities",
         "Review 2024\n\nThe State Secretary held political talks in Belgrade, Podgorica and "
         "Sarajevo in February.", "SVK", "2024", CORE,
         [("meeting", ("SVK",), ("SRB",), "2024-02"), ("meeting", ("SVK",), ("MNE",), "2024-02"),
          ("meeting", ("SVK",), ("BIH",), "2024-02")]),
    case("consultations",
         "Review 2023\n\nThe Deputy Foreign Minister held political consultations in Seoul and "
         "Tokyo in July.", "EST", "2023", CORE,
         [("consultation", ("EST",), ("KOR",), "2023-07"),
          ("consultation", ("EST",), ("JPN",), "2023-07")]),
    case("no-date",
         "Polish diplomacy in 2023 - summary\n\nThe Undersecretary of State held talks in Rabat "
         "and Tunis.", "POL", "2023", CORE,
         [("meeting", ("POL",), ("MAR",), "2023"), ("meeting", ("POL",), ("TUN",), "2023")]),
    case("meetings",
         "Review 2023\n\nThe Minister held meetings in Seoul and Tokyo in July.",
         "EST", "2023", CORE,
         [("meeting", ("EST",), ("KOR",), "2023-07"), ("meeting", ("EST",), ("JPN",), "2023-07")]),
    # near misses: a city that seats organisations, our own capital, a side not named
    case("brussels", "Review 2023\n\nThe Minister held talks in Brussels in July.",
         "EST", "2023", CORE, []),
    case("own-capital", "Review 2023\n\nThe Minister held talks in Tallinn in July.",
         "EST", "2023", CORE, []),
    case("businessmen",
         "Review 2023\n\nThe Minister held talks in Tokyo with Japanese businessmen in July.",
         "EST", "2023", CORE, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_talks_held_in_foreign_cities(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
