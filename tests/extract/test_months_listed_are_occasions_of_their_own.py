"""A review lists the months it met a partner in: "The President met the President of
Türkiye in February, June and November", "... in February, in June and in November",
"Political consultations with Georgia were held in March, June and October". Each month
is an occasion of its own (one record each): three months or more listed bare, or two or
more each with "in" again (", in June"). Two months listed bare ("in March and April") may
be one occasion across them and stay one record (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["meeting", "consultation", "call"]

_CASES = [
    case("bare-three",
         "Review 2022\n\nThe President met the President of Türkiye in February, June and "
         "November.", "AZE", "2022", _TYPES,
         [("meeting", ("AZE",), ("TUR",), "2022-02"), ("meeting", ("AZE",), ("TUR",), "2022-06"),
          ("meeting", ("AZE",), ("TUR",), "2022-11")]),
    case("comma-in",
         "Review 2022\n\nThe President met the President of Türkiye in February, in June and in "
         "November.", "AZE", "2022", _TYPES,
         [("meeting", ("AZE",), ("TUR",), "2022-02"), ("meeting", ("AZE",), ("TUR",), "2022-06"),
          ("meeting", ("AZE",), ("TUR",), "2022-11")]),
    case("consultations",
         "Review 2022\n\nPolitical consultations with Georgia were held in March, June and "
         "October.", "AZE", "2022", _TYPES,
         [("consultation", ("AZE",), ("GEO",), "2022-03"),
          ("consultation", ("AZE",), ("GEO",), "2022-06"),
          ("consultation", ("AZE",), ("GEO",), "2022-10")]),
    case("held-talks",
         "2023 in review\n\nThe Minister held talks with the Foreign Minister of Chile in "
         "January, in May and in September.", "PER", "2023", _TYPES,
         [("meeting", ("PER",), ("CHL",), "2023-01"), ("meeting", ("PER",), ("CHL",), "2023-05"),
          ("meeting", ("PER",), ("CHL",), "2023-09")]),
    # near miss: two months bare
    case("two-bare",
         "Review 2022\n\nThe Minister met the Foreign Minister of Georgia in March and April.",
         "AZE", "2022", _TYPES, [("meeting", ("AZE",), ("GEO",), "2022-03")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_months_listed_are_occasions_of_their_own(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
