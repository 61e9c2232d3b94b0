"""A visit named with a determiner ("the first visit of a Japanese Prime Minister to
Latvia", "the visit of the Chilean President in June") after another guest's visit to
us is a visit of its own: the one told before had another visitor. Named again for the
same guest ("The visit of the Indian Prime Minister strengthened ties"), it is the visit
already told."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["visit"]

_CASES = [
    case("first-ever-visit", "Prime Minister Modi visited Riga in May. In June came the first "
                             "visit of a Japanese Prime Minister to Latvia.", "LVA",
         "2023-12-29", _TYPES, [("visit", ("IND",), ("LVA",), "2023-05"),
                                ("visit", ("JPN",), ("LVA",), "2023-06")]),
    case("the-visit-of-another", "The Kenyan President came to Oslo in March. The visit of "
                                 "the Chilean President in June opened a new chapter.",
         "NOR", "2022-12-20", _TYPES, [("visit", ("KEN",), ("NOR",), "2022-03"),
                                       ("visit", ("CHL",), ("NOR",), "2022-06")]),
    case("review-first-visit", "Estonian diplomacy in 2021\n\nThe Foreign Minister of Peru "
                               "visited Tallinn in April. The year also saw the first visit "
                               "of an Indian Foreign Minister to Estonia.", "EST", "2021-12-30",
         _TYPES, [("visit", ("PER",), ("EST",), "2021-04"), ("visit", ("IND",), ("EST",), "2021")]),
    case("same-guest-again", "Prime Minister Modi visited Riga in May. The visit of the Indian "
                             "Prime Minister strengthened the ties of the two countries.",
         "LVA", "2023-12-29", _TYPES, [("visit", ("IND",), ("LVA",), "2023-05")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_visit_named_of_another_guest(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
