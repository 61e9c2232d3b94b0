"""A meeting with the issuer's own people abroad ("members of the Georgian diaspora
in Berlin", "representatives of the Georgian community in Paris", "Georgian
students") takes no side from the trip or the city it happened in: the host country
was not met (sentences of our own). An official of the host stays its side."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Minister met with members of the Georgian diaspora in Berlin during his visit "
    "to Germany on 11-12 March.",
    "During his visit to France, the Minister met representatives of the Georgian "
    "community in Paris.",
    "In Athens, the Minister also met with Georgian students studying in Greece.",
])
def test_own_people_met_abroad_are_no_meeting_with_the_host(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14", types=["meeting"]) == []


def test_an_official_of_the_host_stays_the_side(ex):
    got = ex("During the visit to Germany, the Minister met members of the German "
             "Bundestag.", issuer="GEO", date="2024-03-14", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("GEO",), ("DEU",))]


@pytest.mark.parametrize("text", [
    "During his visit to Paris, the Minister met members of the Georgian community of "
    "France.",
    "The Minister met representatives of the Georgian diaspora of Germany.",
    "In Berlin, the Minister met the Georgian community of Germany.",
])
def test_own_people_of_the_host_with_of_are_no_meeting_with_the_host(ex, text):
    # generality audit (fixA): where they live told with "of"
    assert ex(text, issuer="GEO", date="2024-03-14", types=["meeting"]) == []


def test_an_envoy_beside_own_people_of_a_host_stays_a_side(ex):
    got = ex("The Minister met the Georgian diaspora of Germany and the Ambassador of "
             "Austria.", issuer="GEO", date="2024-03-14", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("GEO",), ("AUT",))]
