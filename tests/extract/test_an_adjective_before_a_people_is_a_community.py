"""A country's adjective before a people of another place names a community, not
that state ("Greek Cypriots and Turkish Cypriots", "Bosnian Serbs"): its country is
no side of a meeting told in the sentence; in the singular before a role ("the
Turkish Cypriot leader") the people's own country stays (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str):
    recs = extract_text(text, issuer="CHL", date="2024-05-08").records
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in recs)


@pytest.mark.parametrize("text", [
    "Chile stands ready to help the dialogue between Greek Cypriots and Turkish Cypriots, "
    "Chilean Foreign Minister Ana Rojas said at a meeting with the Ambassador of Bolivia "
    "on 6 May.",
    "Chile backs the discussions between Bosnian Serbs and Bosnian Croats, Chilean Foreign "
    "Minister Ana Rojas said on 6 May at her meeting with the Ambassador of Bolivia.",
    "Chile offers its help in the talks between Greek and Turkish Cypriots, Foreign "
    "Minister Ana Rojas said on 6 May during a meeting with the new Bolivian Ambassador.",
    "On 6 May Foreign Minister Ana Rojas met the Ambassador of Bolivia and praised the "
    "talks between Iraqi Kurds and Turkish Kurds, Chilean Foreign Ministry officials said.",
])
def test_the_communities_are_no_sides(text):
    assert _records(text) == [("meeting", ("CHL",), ("BOL",), "2024-05-06")]


def test_a_community_leader_is_of_the_peoples_country():
    text = "Minister Ana Rojas met on 6 May with the Turkish Cypriot leader Ali Kaya in Nicosia."
    assert _records(text) == [("meeting", ("CHL",), ("CYP",), "2024-05-06")]


@pytest.mark.parametrize("text, to", [
    ("Minister Ana Rojas met on 6 May with the Greek and Turkish ambassadors.",
     [("GRC",), ("TUR",)]),
    ("Minister Ana Rojas held talks on 6 May with her Greek, Turkish and Cypriot "
     "counterparts.", [("CYP",), ("GRC",), ("TUR",)]),
])
def test_adjectives_of_states_before_a_role_stay_sides(text, to):
    assert [r[2] for r in _records(text)] == to


def test_the_ministers_of_two_states_stay_their_states():
    text = "Talks between the Greek and Turkish Foreign Ministers took place on 6 May."
    assert _records(text) == [("meeting", ("GRC",), ("TUR",), "2024-05-06")]
