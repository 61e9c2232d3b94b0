"""Consultations told with their subject before "took place with" ("Consultations
on consular matters took place with A on Monday"), or through the delegation led
at them ("led the Serbian delegation at consultations with B", "headed our
delegation to the political consultations with C"), are consultations with that
side, not a conference attended."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["consultation", "meeting", "multilateral"]

_CASES = [
    case("topic-took-place", "Consultations on consular matters took place with the Czech "
                             "Republic on Monday.", "SRB", "2023-11-23", _TYPES,
         [("consultation", ("SRB",), ("CZE",), "2023-11-20")]),
    case("topic-long", "Consultations on migration and visa issues took place with Ghana in "
                       "Accra.", "SRB", "2023-11-23", _TYPES,
         [("consultation", ("SRB",), ("GHA",), "2023-11-23")]),
    case("led-delegation", "State Secretary Nemanja Starovic led the Serbian delegation at "
                           "consultations with Mongolia in Ulaanbaatar.", "SRB", "2023-11-23",
         _TYPES, [("consultation", ("SRB",), ("MNG",), "2023-11-23")]),
    case("headed-delegation", "The Deputy Minister headed our delegation to the political "
                              "consultations with Peru on 20 November.", "SRB", "2023-11-23",
         _TYPES, [("consultation", ("SRB",), ("PER",), "2023-11-20")]),
    # a delegation led at a conference stays a conference attended
    case("led-at-session", "The Minister led the Serbian delegation at the session of the OSCE "
                           "Ministerial Council.", "SRB", "2023-11-23", ["consultation"], []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_consultations_led_or_told_with_their_topic(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
