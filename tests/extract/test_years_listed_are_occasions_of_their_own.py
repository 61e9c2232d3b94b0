"""Years alone listed after an event ("had earlier visited Wellington in 2013 and 2018", "in 2016
and in 2019", "in 2015, 2018 and 2022") are as many occasions, one record each: no
single trip or signing spans them. A span ("Between 2014 and 2017") stays one time, and
a second year that opens a predicate of its own ("in 2009 and in 2016 signed") is that
predicate's."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("had-earlier-visited",
         "Chinese Foreign Minister Li Wei had earlier visited Wellington in 2013 and 2018.",
         "NZL", "2024-03-14", ["visit"],
         [("visit", ("CHN",), ("NZL",), "2013"), ("visit", ("CHN",), ("NZL",), "2018")]),
    case("preposition-again",
         "The Prime Minister of Tonga visited Wellington in 2016 and in 2019.", "NZL",
         "2024-03-14", ["visit"],
         [("visit", ("TON",), ("NZL",), "2016"), ("visit", ("TON",), ("NZL",), "2019")]),
    case("three-years-with-commas",
         "Our Foreign Minister travelled to Fiji in 2015, 2018 and 2022.", "NZL",
         "2024-03-14", ["visit"],
         [("visit", ("NZL",), ("FJI",), "2015"), ("visit", ("NZL",), ("FJI",), "2018"),
          ("visit", ("NZL",), ("FJI",), "2022")]),
    case("agreements-in-two-years",
         "New Zealand and Samoa signed labour agreements in 2012 and 2020.", "NZL",
         "2024-03-14", ["agreement"],
         [("agreement", ("NZL",), ("WSM",), "2012"), ("agreement", ("NZL",), ("WSM",), "2020")]),
    # a span is one time; a second year that opens a predicate of its own is its own
    case("second-year-opens-a-predicate",
         "New Zealand and Samoa set up a joint working group in 2009 and in 2016 signed a "
         "labour agreement.", "NZL", "2024-03-14", ["agreement"],
         [("agreement", ("NZL",), ("WSM",), "2016")]),
    case("between-two-years",
         "Between 2014 and 2017 the Minister visited Fiji.", "NZL", "2024-03-14", ["visit"],
         [("visit", ("NZL",), ("FJI",), "2014")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_years_listed_are_occasions_of_their_own(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
