"""A lead in the perfect on a page dated only by its year ("Political consultations
between the foreign ministries of A and B have been held in Lima") takes the day the
same occasion is told with later ("The consultations took place in Lima on March
11-12", "... took place in the course of a trip by the Deputy Minister to Peru"): one
occasion on that day, not a second one on the year. A page with its day keeps it."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_C = ["consultation"]
_LEAD = ("Political consultations between the foreign ministries of Norway and Peru have "
         "been held in Lima, the ministry said. ")

_CASES = [
    case("took-place-day", _LEAD + "The consultations took place in Lima on March 11-12.",
         "NOR", "2025", _C, [("consultation", ("NOR",), ("PER",), "2025-03-11")]),
    case("took-place-during-visit", _LEAD + "The consultations took place in the course of a "
                                            "trip by Deputy Minister Berg to Peru on March "
                                            "11-12.", "NOR", "2025", _C,
         [("consultation", ("NOR",), ("PER",), "2025-03-11")]),
    case("first-consultations", "An inaugural round of consultations between the ministries "
                                "of Ghana and Chile has been held in Accra. The consultations "
                                "took place on 4 June.", "GHA", "2024", _C,
         [("consultation", ("GHA",), ("CHL",), "2024-06-04")]),
    case("month-page", "Consultations between the foreign ministries of Latvia and Japan have "
                       "been held in Tokyo. The consultations took place on 9 October.", "LVA",
         "2023-10", _C, [("consultation", ("LVA",), ("JPN",), "2023-10-09")]),
    # the page's day: the lead keeps it
    case("page-day", _LEAD + "The consultations took place in a friendly atmosphere.", "NOR",
         "2025-03-12", _C, [("consultation", ("NOR",), ("PER",), "2025-03-12")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_lead_on_a_page_dated_by_year_takes_the_day_told_later(text, issuer, date, types,
                                                                 expected):
    check(text, issuer, date, types, expected)
