"""A visit with no kind told before it ("a visit from Rwanda produced ...", "the visit
from the Prime Minister of Fiji", "Visits from Chile and Peru followed") names its
visitor after "from", as "a state visit from" does: a visit from that country to the
issuer. A visit "from" a day, a month or a weekday names no one, and neither does a
return "from" a visit abroad (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "guests"), [
    ("A visit from Rwanda in turn produced a new agreement on transit.", ["RWA"]),
    ("The visit from the Prime Minister of Fiji took place in May.", ["FJI"]),
    ("In June, a visit from Senegal's Foreign Minister opened new fisheries talks.", ["SEN"]),
    ("Visits from Chile and Peru followed later in the year.", ["CHL", "PER"]),
    ("We were honoured by a visit from the President of Ghana in March.", ["GHA"]),
])
def test_the_country_after_from_came(ex, text, guests):
    got = ex(text, issuer="KEN", date="2024", types=["visit"])
    assert sorted(g[1][0] for g in got if g[2] == ("KEN",)) == guests


@pytest.mark.parametrize("text", [
    "A visit from 3 to 5 May took the Minister to many places in Kenya.",
    "The visit from Monday to Wednesday was planned in detail.",
    "A visit from June to August was discussed with no date fixed.",
])
def test_no_visitor_after_a_time(ex, text):
    got = ex(text, issuer="KEN", date="2024", types=["visit"])
    assert [g for g in got if g[1] != ("KEN",)] == []


def test_a_return_from_a_visit_abroad_is_our_own(ex):
    got = ex("The Minister returned on Monday from a visit to Chile.", issuer="KEN",
             date="2024", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [(("KEN",), ("CHL",))]
