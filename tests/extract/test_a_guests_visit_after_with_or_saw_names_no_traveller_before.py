"""A guest's visit told as the object of "with", "saw" or "included" ("Ghana's year
opened with the visit of the President of Chile", "Norway's spring saw the visit of the
Japanese Prime Minister", "The calendar of Peru included the visit of Spain's King"):
the visitor is the one named after "of", the country named before the noun is the host,
not a traveller. A trip of the subject told with its own "to" keeps its traveller
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "issuer", "guest"), [
    ("Ghana's diplomatic year opened with the visit of the President of Chile.", "GHA", "CHL"),
    ("Norway's spring saw the visit of the Japanese Prime Minister.", "NOR", "JPN"),
    ("The calendar of Peru included the visit of Spain's King Felipe.", "PER", "ESP"),
    ("Indonesia's crowded year began as early as January with the visit of Jordan's King "
     "Abdullah to deepen economic ties.", "IDN", "JOR"),
    ("In March, the Kenyan calendar continued with the state visit of the Indian Prime "
     "Minister.", "KEN", "IND"),
])
def test_the_guest_after_of_came_to_the_host(ex, text, issuer, guest):
    got = ex(text, issuer=issuer, date="2023", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [((guest,), (issuer,))]


@pytest.mark.parametrize(("text", "expected"), [
    # the subject's own trip, its host after "to"
    ("Ghana's President began the year with a visit to Chile.", [(("GHA",), ("CHL",))]),
    ("The year saw the visit of the Foreign Minister to Peru.", [(("GHA",), ("PER",))]),
])
def test_a_trip_with_its_host_keeps_its_traveller(ex, text, expected):
    got = ex(text, issuer="GHA", date="2023", types=["visit"])
    assert [(g[1], g[2]) for g in got] == expected
