"""The accredited diplomatic corps briefed or met as a body ("briefed the Colombo-based
diplomatic corps", "met heads of diplomatic missions accredited to Nepal", "held a
briefing for Dhaka-based ambassadors") is a meeting with envoys the text does not name
one by one: a meeting of ours with no counterpart (to: []). A meal or a reception for
the corps, the corps attending a ceremony, and envoys named by their countries are read
as before."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("briefed-the-city-based-corps",
         "On 14 March the Foreign Minister, Dr. K. Perera, briefed the Colombo-based "
         "diplomatic corps at the Foreign Ministry on the debt talks.", "LKA", "2024-03-15",
         ["meeting"], [("meeting", ("LKA",), (), "2024-03-14")]),
    case("briefed-members-of-the-corps-accredited",
         "On Tuesday the Foreign Minister briefed members of the diplomatic corps accredited "
         "to Sri Lanka on the economic situation.", "LKA", "2022-06-08", ["meeting"],
         [("meeting", ("LKA",), (), "2022-06-07")]),
    case("met-heads-of-missions-accredited",
         "Foreign Secretary Rina Das met heads of diplomatic missions accredited to Nepal in "
         "Kathmandu on 3 March.", "NPL", "2022-03-04", ["meeting"],
         [("meeting", ("NPL",), (), "2022-03-03")]),
    case("held-a-briefing-for-based-ambassadors",
         "The Foreign Minister held a briefing for Dhaka-based ambassadors on Sunday.", "BGD",
         "2022-06-08", ["meeting"], [("meeting", ("BGD",), (), "2022-06-05")]),
    case("met-with-based-envoys",
         "Foreign Minister Ali Shah met with Islamabad-based envoys on Friday to brief them "
         "on the floods.", "PAK", "2022-09-05", ["meeting"],
         [("meeting", ("PAK",), (), "2022-09-02")]),
    # a meal or a reception, a ceremony attended, envoys named by their countries
    case("lunch-for-the-corps",
         "The Minister hosted a lunch for the diplomatic corps today.", "LKA", "2022-06-08",
         ["meeting"], []),
    case("reception-for-the-corps-accredited",
         "The Minister hosted a reception for the diplomatic corps accredited in Colombo.",
         "LKA", "2022-06-08", ["meeting"], []),
    case("corps-attended-a-ceremony",
         "Members of the diplomatic corps attended the national day ceremony on Monday.",
         "LKA", "2022-06-08", ["meeting"], []),
    case("ambassadors-named-by-country",
         "The Minister met the ambassadors of Japan and Korea on Monday.", "LKA",
         "2022-06-08", ["meeting"],
         [("meeting", ("LKA",), ("JPN",), "2022-06-06"),
          ("meeting", ("LKA",), ("KOR",), "2022-06-06")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_the_diplomatic_corps_met_as_a_body(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
