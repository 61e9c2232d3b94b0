"""A review's list of guests with no adjective before "guests" or "visitors": "Among
the guests were the foreign ministers of A and B", "Visitors to Oslo this year included
...", "Guests of the Minister in 2023 included her counterparts from A". Each country
listed is a visitor to the host (the place named, else the issuer). Envoys, who live
where they are posted, and private people are no visitors."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["visit"]

_CASES = [
    case("among-the-guests", "Norway's diplomacy in 2023\n\nThe year brought many guests to "
                             "Oslo. Among the guests were "
                             "the foreign ministers of Chile, Kenya and Vietnam.", "NOR",
         "2023-12-28", _TYPES, [("visit", ("CHL",), ("NOR",), "2023"),
                                ("visit", ("KEN",), ("NOR",), "2023"),
                                ("visit", ("VNM",), ("NOR",), "2023")]),
    case("visitors-to-place", "Visitors to Helsinki this year included the prime ministers "
                              "of Japan and Canada.", "FIN", "2022-12-20", _TYPES,
         [("visit", ("JPN",), ("FIN",), "2022"), ("visit", ("CAN",), ("FIN",), "2022")]),
    case("guests-of-the-minister", "Guests of the Minister in 2021 included her counterparts "
                                   "from Ghana and Peru.", "NLD", "2021-12-30", _TYPES,
         [("visit", ("GHA",), ("NLD",), "2021"), ("visit", ("PER",), ("NLD",), "2021")]),
    case("guests-during-the-year", "Guests during the year were the Presidents of Austria "
                                   "and Slovenia.", "HRV", "2020-12-31", _TYPES,
         [("visit", ("AUT",), ("HRV",), "2020"), ("visit", ("SVN",), ("HRV",), "2020")]),
    case("envoys-are-posted", "Among the guests at the reception were the Ambassadors of "
                              "France and Italy.", "NOR", "2023-05-03", _TYPES, []),
    case("business-leaders", "Among the guests were business leaders from Japan and Korea.",
         "NOR", "2023-05-03", _TYPES, []),
    case("students", "Guests included students from Ghana and Togo.", "NOR", "2023-05-03",
         _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_guests_listed_without_an_adjective(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
