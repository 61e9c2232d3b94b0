"""Generality audit (audit15c) of "a meeting on a trip to a region visits the one side
met" (61d79dc): "on a tour of", "as part of her tour of", "in the course of her trip to",
"while on a visit to", the region after the meeting or fronted, a call and a dateline;
near-misses: a call on the trip (no visit to the side called), two sides, a guest's own
trip (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting", "visit", "call"]
_D = "2023-03-15"

_CASES = [
    case("while-on-a-tour-of",
         "While on a tour of Southeast Asia, the Deputy Minister met the Foreign Minister "
         "of Indonesia on 13 March.", "AZE", _D, _T,
         [("meeting", ("AZE",), ("IDN",), "2023-03-13"), ("visit", ("AZE",), ("IDN",), None)]),
    case("as-part-of-her-tour-of",
         "As part of her tour of West Africa, the Minister held talks with the Foreign "
         "Minister of Senegal on 13 March.", "AZE", _D, _T,
         [("meeting", ("AZE",), ("SEN",), "2023-03-13"), ("visit", ("AZE",), ("SEN",), None)]),
    case("in-the-course-of-her-trip",
         "In the course of her trip to Central America, the Deputy Minister met with the "
         "Foreign Minister of Guatemala on Monday.", "AZE", _D, _T,
         [("meeting", ("AZE",), ("GTM",), "2023-03-13"), ("visit", ("AZE",), ("GTM",), None)]),
    case("after-a-visit-to-east-africa",
         "The Minister met with Kenya's Foreign Minister on 13 March during a visit to East "
         "Africa.", "AZE", _D, _T,
         [("meeting", ("AZE",), ("KEN",), "2023-03-13"), ("visit", ("AZE",), ("KEN",), None)]),
    case("who-is-on-a-visit-to-region",
         "The Deputy Minister, who is on a visit to South America, met with the Foreign "
         "Minister of Uruguay on 13 March.", "AZE", _D, _T,
         [("meeting", ("AZE",), ("URY",), "2023-03-13"), ("visit", ("AZE",), ("URY",), None)]),
    case("dateline-received-by",
         "Baku, March 14, AZERTAC\n\nAs part of his working trip to Southeast Asia, Deputy "
         "Foreign Minister Elnur Mammadov was received by the Foreign Minister of Malaysia.",
         "AZE", _D, _T, [("meeting", ("AZE",), ("MYS",), "2023-03-14"),
                         ("visit", ("AZE",), ("MYS",), None)]),
    case("review-year-tour",
         "Azerbaijan's diplomacy in 2022\n\nIn May, as part of his tour of Latin America, "
         "the Minister held talks with the Foreign Minister of Colombia.", "AZE",
         "2022-12-20", _T, [("meeting", ("AZE",), ("COL",), "2022-05"),
                            ("visit", ("AZE",), ("COL",), None)]),
    # near-misses
    case("no-visit-for-a-call",
         "During his visit to Latin America, the Minister spoke by phone with the Foreign "
         "Minister of Chile on 13 March.", "AZE", _D, _T,
         [("call", ("AZE",), ("CHL",), "2023-03-13")]),
    case("no-visit-two-sides",
         "During his visit to Europe, the Minister met the Foreign Ministers of Austria and "
         "Hungary on 13 March.", "AZE", _D, _T,
         [("meeting", ("AZE",), ("AUT",), "2023-03-13"),
          ("meeting", ("AZE",), ("HUN",), "2023-03-13")]),
    case("no-host-guests-own-tour",
         "The Foreign Minister of Chile, on a tour of the South Caucasus, met with "
         "Minister Bayramov on 13 March.", "AZE", _D, _T,
         [("meeting", ("AZE",), ("CHL",), "2023-03-13")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_meeting_on_a_regional_trip(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
