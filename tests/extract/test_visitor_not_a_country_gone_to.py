"""A country named as where someone went ("the President's first to Kenya") is no
traveller of a visit told after it in the same sentence ("and it follows the working
visits he has made to Ghana and Nigeria"): those trips are the subject's (sentences
of our own)."""

from __future__ import annotations

import pytest

HEAD = "Warsaw, 10 May 2024\n\nThe President arrived in Nairobi yesterday for a state visit. "


@pytest.mark.parametrize(("text", "hosts"), [
    ("The visit is the President's first to Kenya since he took office, and it follows the "
     "working visits he has made to Ghana and Nigeria.", ("GHA", "NGA")),
    ("This is her first trip to Kenya as Minister, after official visits to Ghana and "
     "Senegal.", ("GHA", "SEN")),
    ("It was his second journey to Kenya this year, following a working visit to Ghana.",
     ("GHA",)),
])
def test_the_earlier_trips_are_the_subjects(ex, text, hosts):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"visit"})
    later = [g for g in got if g[2] != ("KEN",)]
    assert sorted(g[2][0] for g in later) == sorted(hosts), got
    assert {g[1] for g in later} == {("POL",)}, got


def test_a_visitor_before_the_trigger_is_still_the_visitor(ex):
    got = ex(HEAD + "In March, Kenya's Foreign Minister paid a working visit to Ghana.",
             issuer="POL", date="2024-05-10", types={"visit"})
    assert ("visit", ("KEN",), ("GHA",), "2024-03") in got, got
