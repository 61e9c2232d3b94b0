"""Generality audit (audit15b) of "the accredited diplomatic corps briefed or met as a
body" (7e7604b): the passive, a briefing held for the corps, "heads of missions based
in", "resident diplomatic community", a dateline and "today", a review's year;
near-misses: thanks, a reception, a future briefing (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]

_CASES = [
    case("briefed-corps-in-city",
         "The Foreign Minister briefed the diplomatic corps in Colombo on 14 March on the "
         "elections.", "LKA", "2024-03-15", _T, [("meeting", ("LKA",), (), "2024-03-14")]),
    case("passive-corps-was-briefed",
         "The diplomatic corps was briefed by the Foreign Secretary on the floods on Monday.",
         "PAK", "2022-09-07", _T, [("meeting", ("PAK",), (), "2022-09-05")]),
    case("briefing-for-the-corps-was-held",
         "A briefing for the diplomatic corps took place at the Foreign Ministry on "
         "Monday.", "NPL", "2022-09-07", _T, [("meeting", ("NPL",), (), "2022-09-05")]),
    case("heads-of-missions-based-in-were-briefed",
         "Heads of missions based in Kathmandu were briefed by the Foreign Minister on "
         "Friday.", "NPL", "2022-09-07", _T, [("meeting", ("NPL",), (), "2022-09-02")]),
    case("met-ambassadors-accredited-to",
         "The Minister met with ambassadors accredited to Bangladesh on Monday to explain the "
         "Rohingya situation.", "BGD", "2022-09-07", _T,
         [("meeting", ("BGD",), (), "2022-09-05")]),
    case("resident-diplomatic-community",
         "The Foreign Minister briefed the resident diplomatic community on the cyclone "
         "relief effort on 3 March.", "FJI", "2022-03-04", _T,
         [("meeting", ("FJI",), (), "2022-03-03")]),
    case("dateline-today",
         "COLOMBO, 14 March -- Foreign Minister K. Perera today briefed members of the "
         "diplomatic corps on the debt restructuring.", "LKA", "2024-03-14", _T,
         [("meeting", ("LKA",), (), "2024-03-14")]),
    case("review-year",
         "Nepal's diplomacy in 2022\n\nIn June, the Foreign Minister briefed Kathmandu-based "
         "diplomats on the budget.", "NPL", "2022-12-20", _T,
         [("meeting", ("NPL",), (), "2022-06")]),
    case("addressed-a-meeting-of-the-corps",
         "On 3 March the Foreign Secretary held a meeting with the diplomatic corps at the "
         "Foreign Office.", "BGD", "2022-03-04", _T, [("meeting", ("BGD",), (), "2022-03-03")]),
    # near-misses: thanks, a reception, a future briefing
    case("no-thanked-the-corps",
         "The Minister thanked the diplomatic corps for its support during the floods.", "PAK",
         "2022-09-07", _T, []),
    case("no-reception-hosted",
         "A New Year reception for the diplomatic corps was hosted by the President.", "LKA",
         "2022-01-07", _T, []),
    case("no-future-briefing",
         "The Minister will brief the diplomatic corps next week on the elections.", "LKA",
         "2024-03-15", _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_the_diplomatic_corps_briefed(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
