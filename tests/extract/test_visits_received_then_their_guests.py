"""A review counts the visits it received, in the passive, then names their guests:
"23 high-level visits were received, including by the Presidents of A and B", "Eleven
visits were received during the year, among them those of the foreign ministers of C
and D", "Many visits were paid to our country, notably by the President of E". Each
guest visits the issuer (before, the visits were read as ours to the guests' countries,
or not at all). Our own trips counted, then named, stay ours (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("including-by",
         "Georgia's diplomacy in 2023\n\nIn total, 23 high-level visits were received, "
         "including by the Presidents of Poland and Lithuania.", "GEO", "2023", CORE,
         [("visit", ("POL",), ("GEO",), "2023"), ("visit", ("LTU",), ("GEO",), "2023")]),
    case("hosted-in-from",
         "Georgia's diplomacy in 2023\n\nOfficial visits were hosted in Tbilisi from the Prime "
         "Ministers of Greece (May) and Cyprus (June).", "GEO", "2023", CORE,
         [("visit", ("GRC",), ("GEO",), "2023-05"), ("visit", ("CYP",), ("GEO",), "2023-06")]),
    case("among-them-those-of",
         "Georgia's diplomacy in 2023\n\nEleven visits were received during the year, among "
         "them those of the foreign ministers of Latvia and Estonia.", "GEO", "2023", CORE,
         [("visit", ("LVA",), ("GEO",), "2023"), ("visit", ("EST",), ("GEO",), "2023")]),
    case("paid-to-our-country",
         "Georgia's diplomacy in 2023\n\nMany visits were paid to our country, notably by the "
         "President of France in March.", "GEO", "2023", CORE,
         [("visit", ("FRA",), ("GEO",), "2023-03")]),
    # near miss: our own visits counted, then named, stay ours
    case("our-visits-including-to",
         "Georgia's diplomacy in 2023\n\nThe Minister paid 14 visits, including to Poland and "
         "Lithuania.", "GEO", "2023", CORE,
         [("visit", ("GEO",), ("POL",), "2023"), ("visit", ("GEO",), ("LTU",), "2023")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_visits_received_then_their_guests(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
