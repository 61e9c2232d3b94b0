"""Guests listed with their times "respectively" each take their own time: the side
that varies is the guest ("hosted the Presidents of A and B in March and June
respectively"), as it is the host for our own trips."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("hosted", "Ghana hosted the Presidents of Togo and Liberia on state visits in March "
                   "and June respectively.", "GHA", "2023", CORE,
         [("visit", ("TGO",), ("GHA",), "2023-03"), ("visit", ("LBR",), ("GHA",), "2023-06")]),
    case("visited-us", "The foreign ministers of Chile and Peru visited Ghana in May and July, "
                       "respectively.", "GHA", "2023", CORE,
         [("visit", ("CHL",), ("GHA",), "2023-05"), ("visit", ("PER",), ("GHA",), "2023-07")]),
    case("our-trips", "The Minister visited Spain and Italy in May and June respectively.",
         "GHA", "2023", CORE,
         [("visit", ("GHA",), ("ESP",), "2023-05"), ("visit", ("GHA",), ("ITA",), "2023-06")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_guests_dated_respectively(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
