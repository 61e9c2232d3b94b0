"""A guest "welcomed to" a building ("to the Ministry of Foreign Affairs", "to the
Orbeliani Palace") is met there; no trip is told, so no visit, unless the sentence
tells one ("... on the occasion of his visit to Europe"). A guest welcomed to a city
or a country came: a visit (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Minister welcomed the Deputy Foreign Minister of Armenia to the Ministry of "
    "Foreign Affairs on 13 March.",
    "The President welcomed the Emir of Qatar to the Orbeliani Palace on 13 March.",
    "On 13 March the Minister welcomed the Ambassador of Chile to the Ministry.",
])
def test_welcomed_to_a_building_is_a_meeting_only(ex, text):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["visit", "meeting"])
    assert [g[0] for g in got] == ["meeting"]


@pytest.mark.parametrize(("text", "guest"), [
    ("The Minister welcomed his Indian counterpart to Tbilisi on 13 March.", "IND"),
    ("The Minister welcomed the Foreign Minister of Chile to Georgia on 13 March.",
     "CHL"),
    ("The Minister welcomed the Foreign Minister of Peru to the Palace of Government on "
     "13 March, during his official visit to Georgia.", "PER"),
])
def test_welcomed_to_a_place_or_on_a_visit_is_a_visit(ex, text, guest):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["visit"])
    assert got == [("visit", (guest,), ("GEO",), "2024-03-13")]


@pytest.mark.parametrize("text", [
    "The Deputy Foreign Minister of Armenia was welcomed to the Ministry of Foreign "
    "Affairs by the Minister on 13 March.",
    "On 13 March the Foreign Minister of Peru was warmly welcomed at the Ministry by the "
    "Minister.",
    "The Minister welcomed Armenia's Deputy Foreign Minister to the Government "
    "Administration on 13 March.",
])
def test_welcomed_to_a_building_in_the_passive_or_an_administration(ex, text):
    # generality audit (fixA): the passive, and "the Government Administration"
    got = ex(text, issuer="GEO", date="2024-03-14", types=["visit", "meeting"])
    assert [g[0] for g in got] == ["meeting"]


@pytest.mark.parametrize(("text", "frm", "to"), [
    ("The Armenian Foreign Minister was welcomed to Georgia by the Minister on 13 March.",
     "ARM", "GEO"),
    ("The Foreign Minister of Chile was welcomed to Tbilisi by the Minister on 13 March.",
     "CHL", "GEO"),
    ("On 13 March the Minister was welcomed to Peru by the Foreign Minister of Peru.",
     "GEO", "PER"),
])
def test_welcomed_to_a_place_in_the_passive_is_a_visit(ex, text, frm, to):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["visit"])
    assert got == [("visit", (frm,), (to,), "2024-03-13")]


@pytest.mark.parametrize("text", [
    "The proposal was welcomed by the Foreign Minister of Peru.",
])
def test_a_thing_welcomed_or_a_greeting_at_the_airport_is_no_meeting(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14", types=["visit", "meeting"]) == []


def test_a_greeting_at_the_airport_is_an_arrival_no_meeting(ex):
    # audit21k: greeted at an airport, the guest has arrived (a visit, as "welcomed to
    # Tbilisi" above), and the greeting is no talks
    got = ex("The Foreign Minister of Armenia was welcomed at Tbilisi airport by the Deputy "
             "Minister.", issuer="GEO", date="2024-03-14", types=["visit", "meeting"])
    assert [g[:3] for g in got] == [("visit", ("ARM",), ("GEO",))]
