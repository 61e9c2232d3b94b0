"""A visit told in a sentence that opens with the day of the stay it falls on ("On his
second day in Quito, where she arrived for the summit, ...", "During her third day of
the official visit to Ghana, ..."), no days of the stay told before: the visit began
the days before the sentence's day; the meetings of the sentence keep that day. A
visit dated in its own words, or a summit's day, moves nothing."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("second-day-in-city", "On her second day in Quito, where she arrived for the summit, "
                               "Foreign Minister Rojas met her counterparts from Peru and "
                               "Bolivia.", "CHL", "2018-04-13", CORE,
         [("visit", ("CHL",), ("ECU",), "2018-04-12"),
          ("meeting", ("CHL",), ("PER",), "2018-04-13"),
          ("meeting", ("CHL",), ("BOL",), "2018-04-13")]),
    case("second-day-of-visit", "During his second day of the official visit to Ghana, the "
                                "Minister met President Mahama.", "NLD", "2019-06-12", CORE,
         [("visit", ("NLD",), ("GHA",), "2019-06-11"),
          ("meeting", ("NLD",), ("GHA",), "2019-06-12")]),
    case("third-day-of-stay", "On the third day of her working visit to Kenya, Minister Weber "
                              "held talks with Cabinet Secretary Mudavadi.", "AUT", "2023-05-10",
         CORE, [("visit", ("AUT",), ("KEN",), "2023-05-08"),
                ("meeting", ("AUT",), ("KEN",), "2023-05-10")]),
    case("dateline-weekday", "Hanoi, Thursday. On her second day in Hanoi, where she arrived "
                             "for talks, Minister Lindqvist met Foreign Minister Son.", "SWE",
         "2023-08-24", CORE,
         [("visit", ("SWE",), ("VNM",), "2023-08-23"),
          ("meeting", ("SWE",), ("VNM",), "2023-08-24")]),
    # a summit's second day: nothing moves
    case("summit-day", "On the second day of the summit in Lima, the Minister met the Foreign "
                       "Minister of Peru.", "CHL", "2018-04-13", CORE,
         [("meeting", ("CHL",), ("PER",), "2018-04-13")]),
    # the first day: nothing moves
    case("first-day", "On her first day in Quito, where she arrived for the summit, Foreign "
                      "Minister Rojas met her Ecuadorian counterpart.", "CHL", "2018-04-13", CORE,
         [("visit", ("CHL",), ("ECU",), "2018-04-13"),
          ("meeting", ("CHL",), ("ECU",), "2018-04-13")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_visit_told_on_its_nth_day_began_before(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
