"""Generality audit (audit15b) of "the one met 'during his visit' to a third place is not
the traveller" (e325f60): an opening phrase, "while visiting", the visit between commas
after the subject, a date, a list of counterparts, an organisation's head, "on the
sidelines of"; near-misses: "the latter's visit", a guest's visit to us told first
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["visit"]
_D = "2023-09-20"

_CASES = [
    case("opener-during-his-visit",
         "During his visit to Vienna, the Foreign Secretary met the Foreign Minister of Peru.",
         "GBR", _D, _T, [("visit", ("GBR",), ("AUT",), "2023-09-20")]),
    case("while-visiting",
         "While visiting Geneva, the Minister held talks with the Foreign Minister of Chile.",
         "GBR", _D, _T, [("visit", ("GBR",), ("CHE",), "2023-09-20")]),
    case("visit-between-commas",
         "Foreign Secretary Anna Bell, during her visit to Vienna, met the Foreign Minister of "
         "Peru.", "GBR", _D, _T, [("visit", ("GBR",), ("AUT",), "2023-09-20")]),
    case("date-and-working-visit",
         "On 18 September, Minister of State Tom Reed met with the Chilean Deputy Foreign "
         "Minister during his working visit to Vienna.", "GBR", _D, _T,
         [("visit", ("GBR",), ("AUT",), "2023-09-18")]),
    case("list-of-counterparts",
         "The Foreign Secretary met the Foreign Ministers of Peru and Chile during her visit "
         "to Geneva.", "GBR", _D, _T, [("visit", ("GBR",), ("CHE",), "2023-09-20")]),
    case("an-organisations-head",
         "The Foreign Secretary met the Secretary General of the OSCE during her visit to "
         "Vienna.", "GBR", _D, _T, [("visit", ("GBR",), ("AUT",), "2023-09-20")]),
    case("counterpart-before-verb-passive",
         "The Foreign Minister of Peru was received by the Foreign Secretary during her visit "
         "to Geneva.", "GBR", _D, _T, [("visit", ("GBR",), ("CHE",), "2023-09-20")]),
    case("trip-to-a-third-country",
         "The Foreign Secretary held talks with the Foreign Minister of Peru during his trip "
         "to Norway.", "GBR", _D, _T, [("visit", ("GBR",), ("NOR",), "2023-09-20")]),
    # near-misses: the visit is the one met's; a guest's visit to us
    case("no-the-latters-visit",
         "The Foreign Secretary met the Peruvian Foreign Minister during the latter's visit "
         "to Vienna.", "GBR", _D, _T, [("visit", ("PER",), ("AUT",), "2023-09-20")]),
    case("no-guest-opener-to-us",
         "During his visit to London, the Peruvian Foreign Minister met the Foreign "
         "Secretary.", "GBR", _D, _T, [("visit", ("PER",), ("GBR",), "2023-09-20")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_met_during_own_visit(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
