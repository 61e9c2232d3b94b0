"""A participle set off by a comma after a general meeting tells a meeting of its own:
"held talks with his counterparts from the region, meeting the Czech Foreign Minister
in Prague" is one meeting with the Czech side (the general talks name no side of their
own), not two. Counterparts "from the region" or "several colleagues" name no side:
no meeting with the partner the text is about."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["meeting"]

_CASES = [
    case("meeting-participle", "The Minister held talks with his counterparts from the "
                               "region, meeting the Czech Foreign Minister in Prague.", "SVK",
         "2023-05-04", _TYPES, [("meeting", ("SVK",), ("CZE",), "2023-05-04")]),
    case("holding-talks", "On Monday the Minister met several colleagues in Brussels, holding "
                          "talks with the Foreign Minister of Chile.", "PER", "2022-06-08",
         _TYPES, [("meeting", ("PER",), ("CHL",), "2022-06-06")]),
    case("having-met", "The President held consultations with partners, having also met the "
                       "Prime Minister of Japan.", "MNG", "2021-03-03", _TYPES,
         [("meeting", ("MNG",), ("JPN",), "2021-03-03")]),
    case("two-named-stay-two", "The Minister held talks with the Foreign Minister of Chile, "
                               "meeting the President of Peru afterwards.", "ARG",
         "2022-06-08", _TYPES, [("meeting", ("ARG",), ("CHL",), "2022-06-08"),
                                ("meeting", ("ARG",), ("PER",), "2022-06-08")]),
    case("counterparts-named-stay", "The Minister met his counterparts from Chile and Peru "
                                    "in Lima.", "ARG", "2022-06-08", _TYPES,
         [("meeting", ("ARG",), ("CHL",), "2022-06-08"),
          ("meeting", ("ARG",), ("PER",), "2022-06-08")]),
    case("region-no-side", "The Chilean Foreign Minister visited Buenos Aires on Monday. On "
                           "Tuesday the Minister held talks with his counterparts from the "
                           "region.", "ARG", "2022-06-08", _TYPES, []),
    case("several-colleagues", "The Chilean Foreign Minister visited Buenos Aires on Monday. "
                               "On Tuesday the Minister met several colleagues in Brussels.",
         "ARG", "2022-06-08", _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_participle_tells_its_own_meeting(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
