"""A trip made ("made his first trip abroad to ...", "undertook a tour, to A, B and
C") is a visit to each host named after "to"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, hosts", [
    ("In March the President made his first overseas trip as Head of State, to Kenya, "
     "Uganda and Rwanda.", ("KEN", "RWA", "UGA")),
    ("The new Minister made her first trip abroad to Yerevan on 3 March.", ("ARM",)),
    ("The Prime Minister undertook a three-nation tour, to Ghana, Senegal and Nigeria.",
     ("GHA", "NGA", "SEN")),
])
def test_a_trip_made_is_a_visit_to_each_host(ex, text, hosts):
    got = ex(text, types={"visit"})
    assert sorted(r[2][0] for r in got) == sorted(hosts)
    assert all(r[1] == ("GEO",) for r in got)


@pytest.mark.parametrize("text", [
    "The Minister made a trip as a private citizen.",
    "The delegation made its way to the conference hall.",
])
def test_a_trip_without_a_host_is_no_visit(ex, text):
    assert ex(text, types={"visit"}) == []
