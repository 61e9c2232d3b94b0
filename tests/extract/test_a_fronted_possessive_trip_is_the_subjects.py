"""A review's sentence opened by "During his visit to Japan in July, the Prime Minister met
..." tells the subject's own trip: "his" looks ahead to the subject after the comma (the
issuer's official), not back to the last guest told ("... visits were received, including
by the President of Lithuania."). A tour that goes on after a guest's visit in the same
sentence stays the guest's (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_VISIT = ["visit"]

_CASES = [
    case("after-guests-received",
         "Georgia's diplomacy in 2023\n\nIn total, 23 visits were received, including by the "
         "President of Lithuania.\nDuring his visit to Japan in July, the Prime Minister met "
         "with the Prime Minister of Japan.", "GEO", "2023", _VISIT,
         [("visit", ("LTU",), ("GEO",), "2023"), ("visit", ("GEO",), ("JPN",), "2023-07")]),
    case("after-guest-visited",
         "Georgia's diplomacy in 2023\n\nThe President of Lithuania visited Georgia in May.\n"
         "During his visit to Japan in July, the Prime Minister met with the Prime Minister of "
         "Japan.", "GEO", "2023", _VISIT,
         [("visit", ("LTU",), ("GEO",), "2023-05"), ("visit", ("GEO",), ("JPN",), "2023-07")]),
    case("our-president",
         "Georgia's diplomacy in 2023\n\nThe President of Lithuania visited Georgia in May. "
         "During her visit to Japan in July, our President met with the Emperor of Japan.",
         "GEO", "2023", _VISIT,
         [("visit", ("LTU",), ("GEO",), "2023-05"), ("visit", ("GEO",), ("JPN",), "2023-07")]),
    case("in-the-course-of",
         "Review 2024\n\nThe Foreign Minister of Chile visited Lima in March.\nIn the course of "
         "her trip to Brazil in May, the Minister met the President of Brazil.", "PER", "2024",
         _VISIT,
         [("visit", ("CHL",), ("PER",), "2024-03"), ("visit", ("PER",), ("BRA",), "2024-05")]),
    # near miss: the guest's tour going on in the same sentence stays the guest's
    case("guest-tour",
         "Georgia's diplomacy in 2023\n\nThe Foreign Minister of Chile visited Georgia in May "
         "and continued his tour to Armenia.", "GEO", "2023", _VISIT,
         [("visit", ("CHL",), ("GEO",), "2023-05"), ("visit", ("CHL",), ("ARM",), "2023-05")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_fronted_possessive_trip_is_the_subjects(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
