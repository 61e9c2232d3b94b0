"""Visits made "to each other" ("the visits by Prime Minister A and Chancellor B to each
other's countries", "the presidents of A and B made state visits to each other") are
two visits, each side's to the other: the sides are the visitors named, not the
issuer when two others are named. A visit
only planned stays none, and "each other" said of another verb changes nothing
(texts of our own)."""

from __future__ import annotations

import pytest


def _visits(ex, text, issuer, date):
    return sorted((r[1], r[2]) for r in ex(text, issuer=issuer, date=date, types={"visit"}))


@pytest.mark.parametrize("text, issuer, sides", [
    ("The ministers welcomed the visits by Prime Minister Jonas Gahr Store and Chancellor "
     "Olaf Scholz to each other's countries in 2023.", "NOR", ("DEU", "NOR")),
    ("Finnish President Alexander Stubb and Prime Minister Store paid visits to each other "
     "in January.", "NOR", ("FIN", "NOR")),
    ("Last year the presidents of Chile and Argentina made state visits to each other.",
     "URY", ("ARG", "CHL")),
    ("They recalled the recent official visits of the Ghanaian and Kenyan heads of state "
     "to each other.", "NGA", ("GHA", "KEN")),
])
def test_visits_to_each_other_go_both_ways(ex, text, issuer, sides):
    a, b = sides
    assert _visits(ex, text, issuer, "2024-03-28") == [((a,), (b,)), ((b,), (a,))]


@pytest.mark.parametrize("text, issuer, expected", [
    ("The two ministers agreed to visit each other's countries next year.", "NOR", []),
    ("Chancellor Olaf Scholz visited Oslo in May, and the two leaders spoke warmly to "
     "each other.", "NOR", [(("DEU",), ("NOR",))]),
])
def test_each_other_of_no_visit_adds_none(ex, text, issuer, expected):
    assert _visits(ex, text, issuer, "2024-03-28") == expected
