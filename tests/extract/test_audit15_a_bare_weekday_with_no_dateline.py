"""Generality audit (audit15c) of "a bare weekday with no dateline takes the one day of
that weekday the text names" (c51701e): the weekday fronted, after the verb, between
commas, for a call and a reception; the named day before or after, as a span or a
single day, in several date styles; and near-misses (two such days, none, a day named
in passing, a date given) that must leave the year or count from the date (sentences of
our own; 14 May 2025 is a Wednesday)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting", "call"]

_CASES = [
    case("fronted-on-wednesday",
         "On Wednesday, the Secretary of State met the Foreign Minister of Ghana in Accra.\n\n"
         "The Secretary of State leads the delegation to the trade forum in Accra on 14 and "
         "15 May 2025.", "PRT", None, _T, [("meeting", ("PRT",), ("GHA",), "2025-05-14")]),
    case("after-the-verb-bare",
         "The Secretary of State held talks Wednesday with her Ghanaian counterpart.\n\n"
         "She is in Accra for the trade forum held on 14 May 2025.", "PRT", None, _T,
         [("meeting", ("PRT",), ("GHA",), "2025-05-14")]),
    case("between-commas-received",
         "Secretary of State Rui Lopes, on Wednesday, received the Ambassador of Ghana.\n\n"
         "The Secretary of State opened the business forum in Lisbon on 14 May 2025.", "PRT",
         None, _T, [("meeting", ("PRT",), ("GHA",), "2025-05-14")]),
    case("span-named-before",
         "The Lusophone forum takes place in Praia from 13 to 15 May 2025.\n\nOn Wednesday, "
         "on the margins of the forum, the Minister met the Foreign Minister of Cabo Verde.",
         "PRT", None, _T, [("meeting", ("PRT",), ("CPV",), "2025-05-14")]),
    case("a-call-on-the-weekday",
         "The Minister spoke by telephone on Wednesday with the Foreign Minister of Angola.\n\n"
         "The Minister attends the summit in Luanda on May 14, 2025.", "PRT", None, _T,
         [("call", ("PRT",), ("AGO",), "2025-05-14")]),
    case("numeric-day-month-year",
         "Minister Rui Lopes, Wednesday, held a meeting with his Mozambican counterpart.\n\n"
         "The Minister takes part in the council session in Maputo on 14-15 May 2025.", "PRT",
         None, _T, [("meeting", ("PRT",), ("MOZ",), "2025-05-14")]),
    case("weekday-after-the-object",
         "The Minister met the Foreign Minister of Brazil on Wednesday.\n\nThe Minister is "
         "in Brasilia for the ministerial meeting of 14 May 2025.", "PRT", None, _T,
         [("meeting", ("PRT",), ("BRA",), "2025-05-14")]),
    case("a-visit-in-a-five-day-span",
         "On Wednesday the Secretary of State visited Ghana.\n\nShe attends the trade forum "
         "in Accra, held from 12 to 16 May 2025.", "PRT", None, ["visit"],
         [("visit", ("PRT",), ("GHA",), "2025-05-14")]),
    case("weekday-before-the-named-day-line",
         "The Minister received the Foreign Minister of Ghana on Wednesday.\n\nThe Minister "
         "hosts the ministerial conference in Lisbon on 14 May 2025.", "PRT", None, _T,
         [("meeting", ("PRT",), ("GHA",), "2025-05-14")]),
    # near-misses: two Wednesdays, none, a day in passing, a date given
    case("no-two-wednesdays",
         "On Wednesday, the Minister met the Foreign Minister of Ghana.\n\nThe forum is held "
         "on 14 and 15 May 2025 and the summit on 21 and 22 May 2025.", "PRT", None, _T,
         [("meeting", ("PRT",), ("GHA",), "2025")]),
    case("no-wednesday-named",
         "On Wednesday, the Minister met the Foreign Minister of Ghana.\n\nThe forum is held "
         "on 15 and 16 May 2025.", "PRT", None, _T,
         [("meeting", ("PRT",), ("GHA",), "2025")]),
    case("no-day-in-passing",
         "On Wednesday, the Minister met the Foreign Minister of Ghana.\n\nThe Ghanaian "
         "minister took office on 14 May 2025.", "PRT", None, _T,
         [("meeting", ("PRT",), ("GHA",), "2025")]),
    case("no-date-given-counts",
         "On Wednesday, the Minister met the Foreign Minister of Ghana.\n\nThe forum is held "
         "in Accra on 14 and 15 May 2025.", "PRT", "2025-05-23", _T,
         [("meeting", ("PRT",), ("GHA",), "2025-05-21")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_bare_weekday_with_no_dateline(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
