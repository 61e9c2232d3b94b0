"""Generality audit (audit15c) of "a visit going on and returning today" (1494266):
the return told by "is expected to", "will", a bare present, "is due to fly back"; the
visit of days as the subject's apposition or after "is in"; a second predicate ahead (a
stop after); and near-misses: a visit ahead with its return, a departure today, a return
told as past (sentences of our own; 5 June 2024 is the page's day)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["visit"]
_D = "2024-06-05"

_CASES = [
    case("expected-to-return-today",
         "The Minister is on a two-day working visit to Botswana and is expected to return "
         "home today.", "NAM", _D, _T, [("visit", ("NAM",), ("BWA",), "2024-06-04")]),
    case("who-is-on-will-return",
         "The Deputy Minister, who is on a three-day official visit to Angola, will return "
         "to Windhoek today.", "NAM", _D, _T, [("visit", ("NAM",), ("AGO",), "2024-06-03")]),
    case("apposed-returns-today",
         "The Minister, currently on a four-day working visit to Kenya, returns home today.",
         "NAM", _D, _T, [("visit", ("NAM",), ("KEN",), "2024-06-02")]),
    case("due-to-fly-back-tonight",
         "The President is on a two-day state visit to Mozambique and is due to fly back "
         "home tonight.", "NAM", _D, _T, [("visit", ("NAM",), ("MOZ",), "2024-06-04")]),
    case("paying-and-scheduled",
         "President Mbumba is paying a three-day state visit to Zambia and is scheduled to "
         "return home today.", "NAM", _D, _T, [("visit", ("NAM",), ("ZMB",), "2024-06-03")]),
    case("stop-ahead-tomorrow",
         "The President is paying a state visit to Ghana and will travel on to Nigeria "
         "tomorrow.", "NAM", _D, _T, [("visit", ("NAM",), ("GHA",), None)]),
    case("on-a-visit-and-leaves-for",
         "The Deputy Minister is on an official visit to Malawi and leaves for Tanzania "
         "tomorrow.", "NAM", _D, _T, [("visit", ("NAM",), ("MWI",), None)]),
    case("returned-today-from",
         "The Minister returned home today from a two-day visit to Botswana.", "NAM", _D,
         _T, [("visit", ("NAM",), ("BWA",), "2024-06-04")]),
    # near-misses: a visit ahead, a departure today
    case("no-visit-ahead-with-return",
         "The Minister will pay a two-day visit to Botswana next week and is expected to "
         "return on Friday.", "NAM", _D, _T, []),
    case("no-departure-today",
         "The Minister is scheduled to leave for Botswana today for a two-day visit and will "
         "return on Friday.", "NAM", _D, _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_visit_going_on_returning_today(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
