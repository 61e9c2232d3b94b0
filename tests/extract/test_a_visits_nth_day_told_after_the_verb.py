"""The day of a stay told inside the sentence, after its verb, not at its opening
("met during the third day of her official visit to Quito with ...", "on Tuesday held
talks with ... on the second day of his visit to Kenya"): as at the opening, the
visit began the days before the sentence's day and the meetings keep that day. A
summit's day or the first day moves nothing (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("met-during-nth-day", "Foreign Minister Ana Ruiz met during the third day of her "
                               "official visit to Quito with Ecuadorian President Guillermo "
                               "Lasso.",
         "CHL", "2021-05-20", CORE,
         [("visit", ("CHL",), ("ECU",), "2021-05-18"),
          ("meeting", ("CHL",), ("ECU",), "2021-05-20")]),
    case("weekday-then-nth-day", "Minister Kenji Tanaka on Tuesday held talks with President "
                                 "William Ruto on the second day of his visit to Kenya.",
         "JPN", "2023-05-10", CORE,
         [("visit", ("JPN",), ("KEN",), "2023-05-08"),
          ("meeting", ("JPN",), ("KEN",), "2023-05-09")]),
    case("comma-then-nth-day", "The Minister met Deputy Prime Minister Tran Luu Quang in "
                               "Hanoi, on the fourth day of his working trip to Vietnam.",
         "HUN", "2024-03-14", CORE,
         [("visit", ("HUN",), ("VNM",), "2024-03-11"),
          ("meeting", ("HUN",), ("VNM",), "2024-03-14")]),
    case("received-during-nth-day", "Ms Weber was received by Speaker Moses Wetangula during "
                                    "her second day of the visit to Kenya.", "AUT", "2023-05-10",
         CORE,
         [("visit", ("AUT",), ("KEN",), "2023-05-09"),
          ("meeting", ("AUT",), ("KEN",), "2023-05-10")]),
    # a summit's day: nothing moves
    case("summit-day", "The Minister met the Foreign Minister of Peru on the second day of the "
                       "summit in Lima.", "CHL", "2018-04-13", CORE,
         [("meeting", ("CHL",), ("PER",), "2018-04-13")]),
    # the first day: nothing moves
    case("first-day", "Foreign Minister Ana Ruiz met President Guillermo Lasso on the first "
                      "day of her official visit to Ecuador.", "CHL", "2021-05-20", CORE,
         [("visit", ("CHL",), ("ECU",), "2021-05-20"),
          ("meeting", ("CHL",), ("ECU",), "2021-05-20")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_visits_nth_day_told_after_the_verb(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
