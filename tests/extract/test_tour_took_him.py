"""A tour told as what took the traveller to its stops ("a tour that took him
successively to A, B and C") is a visit to each stop's country."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, hosts", [
    ("The Minister returned on Friday, concluding a tour that took him successively to "
     "Muscat, Doha and Kuwait City.", ("KWT", "OMN", "QAT")),
    ("Her Asian tour, which took her in turn to Tokyo and Seoul, ended on Friday.",
     ("JPN", "KOR")),
    ("The trip then took the Minister on to Lima.", ("PER",)),
])
def test_a_tour_that_took_the_traveller_to_stops_is_a_visit_each(ex, text, hosts):
    got = ex(text, types={"visit"})
    assert sorted(r[2][0] for r in got) == sorted(hosts)


def test_a_tour_that_took_time_is_no_visit(ex):
    assert ex("The tour that took three weeks to prepare was cancelled.", types={"visit"}) == []
