"""Generality audit (audit15b) of "a courtesy or farewell call with its caller after
'by'" (7e7604b): the call as subject with its host after "on", "paid ... by" in the
passive, a day between the call and "by", an opening "Following"/"In", a dateline, a
review's year; and near-misses where "the call by" is an appeal, a future call, or a
caller with no side (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]
_D = "2024-06-05"

_CASES = [
    case("call-by-on-the-minister-took-place",
         "A courtesy call by the newly appointed Ambassador of Japan on the Foreign Minister "
         "took place on 3 June.", "MYS", _D, _T, [("meeting", ("MYS",), ("JPN",), "2024-06-03")]),
    case("was-paid-a-call-by",
         "On 3 June, the Minister was paid a courtesy call by the Ambassador of Cambodia.",
         "MYS", _D, _T, [("meeting", ("MYS",), ("KHM",), "2024-06-03")]),
    case("day-between-call-and-by",
         "The Deputy Prime Minister received a courtesy call on Tuesday by the High "
         "Commissioner of Singapore.", "MYS", _D, _T,
         [("meeting", ("MYS",), ("SGP",), "2024-06-04")]),
    case("following-a-call-by",
         "Following a courtesy call by the Ambassador of Laos on 3 June, the Minister told "
         "reporters that trade would grow.", "MYS", _D, _T,
         [("meeting", ("MYS",), ("LAO",), "2024-06-03")]),
    case("in-a-call-by-to-the-minister",
         "In a courtesy call by the Ambassador of Myanmar to the Minister on 3 June, both "
         "sides discussed border trade.", "MYS", _D, _T,
         [("meeting", ("MYS",), ("MMR",), "2024-06-03")]),
    case("farewell-call-paid-by-outgoing",
         "The Secretary-General received a farewell call paid by the outgoing Ambassador of "
         "the Republic of Korea on 3 June.", "MYS", _D, _T,
         [("meeting", ("MYS",), ("KOR",), "2024-06-03")]),
    case("dateline-call-by-named",
         "PUTRAJAYA, 3 June -- A courtesy call by Australian High Commissioner Tom Hale on "
         "the Minister of Foreign Affairs took place today at Wisma Putra.", "MYS", _D, _T,
         [("meeting", ("MYS",), ("AUS",), "2024-06-03")]),
    case("review-year-call-by",
         "Malaysia's diplomacy in 2023\n\nIn March, the Minister received a courtesy call by "
         "the Ambassador of Brunei.", "MYS", "2023-12-20", _T,
         [("meeting", ("MYS",), ("BRN",), "2023-03")]),
    case("courtesy-visit-by",
         "The Foreign Minister received a courtesy visit by the Ambassador of the "
         "Philippines on 3 June.", "MYS", _D, _T,
         [("meeting", ("MYS",), ("PHL",), "2024-06-03")]),
    # near-misses: an appeal, a future call, a caller with no side
    case("no-appeal-by",
         "The Minister welcomed the call by the Ambassador of Japan for calm in the region.",
         "MYS", _D, _T, []),
    case("no-renewed-the-call-by",
         "The Minister renewed the call by ASEAN leaders for a ceasefire.", "MYS", _D, _T, []),
    case("no-future-call-by",
         "A courtesy call by the new Ambassador of Japan on the Minister is scheduled for "
         "next week.", "MYS", _D, _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_a_courtesy_call_by(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
