"""A review lists the months of trips to one place without counting them: "The
President visited Kyiv in April, in May and in November", "The Foreign Minister of
Ukraine visited Warsaw in January, March and October". Each month is a trip of its own
(one visit record each), as when the trips are counted ("twice, in February and in
August"); the months are read as for meetings (test_months_listed_are_occasions_of_their_own).
Two places each with its month, or one stay over two days, stay as they are (sentences of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("in-each",
         "Review 2022\n\nThe President of Poland visited Kyiv in April, in May and in November.",
         "POL", "2022", CORE,
         [("visit", ("POL",), ("UKR",), "2022-04"), ("visit", ("POL",), ("UKR",), "2022-05"),
          ("visit", ("POL",), ("UKR",), "2022-11")]),
    case("bare-months",
         "Review 2022\n\nThe President of Poland visited Kyiv in April, May and November.",
         "POL", "2022", CORE,
         [("visit", ("POL",), ("UKR",), "2022-04"), ("visit", ("POL",), ("UKR",), "2022-05"),
          ("visit", ("POL",), ("UKR",), "2022-11")]),
    case("guest",
         "Review 2022\n\nThe Foreign Minister of Ukraine visited Warsaw in January, March and "
         "October.", "POL", "2022", CORE,
         [("visit", ("UKR",), ("POL",), "2022-01"), ("visit", ("UKR",), ("POL",), "2022-03"),
          ("visit", ("UKR",), ("POL",), "2022-10")]),
    case("travelled-two",
         "Review 2023\n\nThe Prime Minister travelled to Tokyo in March and in June.",
         "EST", "2023", CORE,
         [("visit", ("EST",), ("JPN",), "2023-03"), ("visit", ("EST",), ("JPN",), "2023-06")]),
    # near misses: two places each with its month; one stay of two days
    case("two-places",
         "Review 2022\n\nThe Minister visited Japan in May and Korea in June.", "POL", "2022",
         CORE,
         [("visit", ("POL",), ("JPN",), "2022-05"), ("visit", ("POL",), ("KOR",), "2022-06")]),
    case("two-days", "Review 2022\n\nThe Minister visited Japan on 3 and 4 May.", "POL", "2022",
         CORE, [("visit", ("POL",), ("JPN",), "2022-05-03")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_trip_each_month_listed(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
