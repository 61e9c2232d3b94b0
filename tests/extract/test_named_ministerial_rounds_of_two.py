"""A named round of two countries' ministers, the two as the subject: "Australia and
Indonesia held the annual Ministerial Consultations in Bali" (consultations), "held
their annual Foreign and Defence Ministers' Meeting" and "the 11th Foreign and Defence
Ministerial Consultations" (the 2+2 format: a meeting, as "the 2+2 meeting" is)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["meeting", "consultation"]

_CASES = [
    case("annual-consultations", "Australia and Indonesia held the annual Ministerial "
                                 "Consultations in Bali.", "AUS", "2024-03-12", _TYPES,
         [("consultation", ("AUS",), ("IDN",), "2024-03-12")]),
    case("third-consultations", "On Monday Chile and Peru held their third ministerial "
                                "consultations in Lima.", "CHL", "2024-03-12", _TYPES,
         [("consultation", ("CHL",), ("PER",), "2024-03-11")]),
    case("two-plus-two-ministers", "Australia and Indonesia held their annual Foreign and "
                                   "Defence Ministers' Meeting in Bali on Monday.", "AUS",
         "2024-03-12", _TYPES, [("meeting", ("AUS",), ("IDN",), "2024-03-11")]),
    case("two-plus-two-nth", "Australia and Japan held the 11th Foreign and Defence Ministerial "
                             "Consultations in Tokyo.", "AUS", "2024-03-12", _TYPES,
         [("meeting", ("AUS",), ("JPN",), "2024-03-12")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_named_ministerial_rounds_of_two(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
