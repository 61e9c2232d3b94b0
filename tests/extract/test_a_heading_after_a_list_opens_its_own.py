"""A review's lists under headings follow one another: "Incoming visits:" and its
guests, then "Outgoing visits:" and our trips. The second heading opens a list of its
own kind; it is no item of the first, so our trips keep their direction (the issuer
to the item's country). An unbulleted item line after a heading's items stays an item
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("incoming-then-outgoing",
         "2023 in review\n\nIncoming visits:\n- President of Poland (January)\n"
         "- Foreign Minister of Austria (June)\nOutgoing visits:\n"
         "- Prime Minister to Germany (February)\n- Foreign Minister to Ukraine (April)",
         "CZE", "2023", CORE,
         [("visit", ("POL",), ("CZE",), "2023-01"), ("visit", ("AUT",), ("CZE",), "2023-06"),
          ("visit", ("CZE",), ("DEU",), "2023-02"), ("visit", ("CZE",), ("UKR",), "2023-04")]),
    case("guests-then-visits-abroad",
         "Review of the year 2022\n\nGuests:\n• Prime Minister of Japan, 3 May\n"
         "Visits abroad:\n• Brazil, 9 June\n• Chile, 12 June",
         "PER", "2022", CORE,
         [("visit", ("JPN",), ("PER",), "2022-05-03"), ("visit", ("PER",), ("BRA",), "2022-06-09"),
          ("visit", ("PER",), ("CHL",), "2022-06-12")]),
    case("visits-abroad-then-received",
         "2024 in review\n\nVisits abroad:\n1. Kenya (March)\n2. Ghana (May)\n"
         "Visits received:\n1. Foreign Minister of Nigeria (July)",
         "SEN", "2024", CORE,
         [("visit", ("SEN",), ("KEN",), "2024-03"), ("visit", ("SEN",), ("GHA",), "2024-05"),
          ("visit", ("NGA",), ("SEN",), "2024-07")]),
    case("visits-then-calls",
         "Results of 2023\n\nOfficial visits of the Minister:\n- Japan (January)\n"
         "Telephone conversations:\n- Prime Minister of Korea (4 March)",
         "EST", "2023", CORE,
         [("visit", ("EST",), ("JPN",), "2023-01"), ("call", ("EST",), ("KOR",), "2023-03-04")]),
    # near miss: an unbulleted item line is still an item of the list
    case("unbulleted-item", "2023 in review\n\nVisits abroad:\n- Brazil (March)\nChile (April)",
         "PER", "2023", CORE,
         [("visit", ("PER",), ("BRA",), "2023-03"), ("visit", ("PER",), ("CHL",), "2023-04")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_heading_after_a_list_opens_its_own(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
