"""A courtesy or farewell call told with its caller after "by" ("during a courtesy call
by the Ambassador of A", "accepted a courtesy call paid by the new High Commissioner of
B", "The Minister was called on by the Ambassador of C") is a meeting with the caller's
side, one meeting: an opening phrase "During a courtesy call by ..., the Minister ..."
ends at its comma, so the main clause's subject is no second official met."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_CASES = [
    case("exchanged-views-during-a-courtesy-call-by",
         "The two exchanged views on maritime issues during a courtesy call by the "
         "Ambassador of Indonesia on 14 May.", "MYS", "2024-05-15", ["meeting"],
         [("meeting", ("MYS",), ("IDN",), "2024-05-14")]),
    case("opening-phrase-then-the-minister",
         "During a courtesy call by the High Commissioner of Brunei on 14 May, the Minister "
         "discussed the haze.", "MYS", "2024-05-15", ["meeting"],
         [("meeting", ("MYS",), ("BRN",), "2024-05-14")]),
    case("the-call-by-took-place",
         "The farewell call by the Ambassador of Thailand took place at Wisma Putra on "
         "14 May.", "MYS", "2024-05-15", ["meeting"],
         [("meeting", ("MYS",), ("THA",), "2024-05-14")]),
    case("accepted-a-call-paid-by",
         "On 14 May the Minister accepted a courtesy call paid by H.E. the new Ambassador of "
         "Viet Nam.", "MYS", "2024-05-15", ["meeting"],
         [("meeting", ("MYS",), ("VNM",), "2024-05-14")]),
    case("was-called-on-by",
         "The Secretary-General was called on by the Ambassador of the Philippines on "
         "14 May.", "MYS", "2024-05-15", ["meeting"],
         [("meeting", ("MYS",), ("PHL",), "2024-05-14")]),
    case("received-a-farewell-call-by-once",
         "On 14 May the Minister received a farewell call by the outgoing Ambassador of "
         "Indonesia.", "MYS", "2024-05-15", ["meeting"],
         [("meeting", ("MYS",), ("IDN",), "2024-05-14")]),
    # a call "by" no official, a call for something
    case("a-call-by-the-chamber",
         "The Minister welcomed the call by the chamber of commerce for lower tariffs.",
         "MYS", "2024-05-15", ["meeting"], []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_courtesy_call_by_its_caller(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
