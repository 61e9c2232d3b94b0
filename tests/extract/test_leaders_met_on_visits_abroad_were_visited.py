"""Leaders met on the issuer's journeys abroad ("met the Heads of State of A and B
on overseas visits", "during visits to both countries"): each side met is also a
visit of the issuer to it, never a visit of the partner to the issuer; meetings at
a summit, or during the guests' own visits, give no visit abroad (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On overseas visits, our Premier met with the Heads of State and Government of Chile "
    "and Peru.",
    "During official visits abroad, the Prime Minister met the leaders of Chile and Peru.",
    "The Prime Minister held talks with the Presidents of Chile and Peru on his trips "
    "abroad.",
    "The Foreign Minister met her counterparts from Chile and Peru during visits to both "
    "countries.",
    "In the course of foreign tours, Minister Holt met the Prime Ministers of Chile and "
    "Peru.",
])
def test_a_visit_to_each_side_met(ex, text):
    assert ex(text, issuer="NOR", date="2023-12-28") == [
        ("meeting", ("NOR",), ("CHL",), "2023-12-28"),
        ("meeting", ("NOR",), ("PER",), "2023-12-28"),
        ("visit", ("NOR",), ("CHL",), "2023-12-28"),
        ("visit", ("NOR",), ("PER",), "2023-12-28")]


@pytest.mark.parametrize("text", [
    "The Prime Minister met with the Presidents of Chile and Peru on the margins of the "
    "summit.",
    "The Prime Minister met the Presidents of Chile and Peru during their visits.",
])
def test_no_visit_abroad(ex, text):
    got = ex(text, issuer="NOR", date="2023-12-28", types=["visit"])
    assert [g for g in got if g[1] == ("NOR",)] == []
