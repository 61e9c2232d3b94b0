"""A list of places closed by a comma before "and" ("visited Chile, Peru, and
Japan to attend conferences") goes on to its last place, also when a purpose that
is an event of its own follows; a comma and "and" after a single place still
opens a clause of its own (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "places"), [
    ("Foreign Minister Tomas Vale visited Chile, Peru, and Japan to attend conferences.",
     {"CHL", "PER", "JPN"}),
    ("Minister Vale visited Chile, Azerbaijan, and United Kingdom to attend multilateral "
     "conferences and meetings.", {"CHL", "AZE", "GBR"}),
    ("In May the Minister travelled to Ghana, Togo, and the United States to attend the "
     "summit.", {"GHA", "TGO", "USA"}),
    ("Deputy Minister Holt toured Kenya, Uganda, and Rwanda to take part in the forum.",
     {"KEN", "UGA", "RWA"}),
])
def test_each_place_of_the_list_is_visited(ex, text, places):
    got = ex(text, issuer="NOR", date="2023-12-28", types=["visit"])
    assert {to[0] for _t, _f, to, _d in got} == places


def test_one_place_then_and_opens_a_clause(ex):
    text = "Foreign Minister Tomas Vale visited Chile, and Peru hosted the summit."
    got = ex(text, issuer="NOR", date="2023-12-28", types=["visit"])
    assert got == [("visit", ("NOR",), ("CHL",), "2023-12-28")]
