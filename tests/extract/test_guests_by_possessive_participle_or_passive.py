"""Meetings told in three less usual ways (sentences of our own):

- the guest named by a country's possessive or as its "top diplomat" after "hosted"
  ("hosted Azerbaijan's top diplomat for talks", "hosted Peru's Foreign Minister");
- the host's official as the agent of a participle opening the sentence ("Received
  by the President of Kazakhstan on Monday, the Minister conveyed ..."); the agent of
  such a phrase is no traveller of the visit the sentence goes on to tell;
- talks in the passive with both sides as the agent ("Bilateral relations were
  discussed on Monday by the Minister and the Ambassador of Italy")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "guest"), [
    ("Foreign Minister Darchiashvili on Monday hosted Azerbaijan's top diplomat for talks "
     "in Tbilisi.", "AZE"),
    ("On Monday the Minister hosted Peru's Foreign Minister at the Ministry.", "PER"),
    ("The Minister hosted Kenya's new Ambassador on Monday.", "KEN"),
    ("On Monday the Prime Minister hosted Chile's chief diplomat for a working lunch.",
     "CHL"),
])
def test_a_guest_named_by_a_possessive_after_hosted(ex, text, guest):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), (guest,), "2024-03-11")]


def test_hosting_a_countrys_delegation_to_a_summit_is_no_meeting(ex):
    assert ex("The Minister hosted Peru's national football team on Monday.", issuer="GEO",
              date="2024-03-14", types=["meeting"]) == []


@pytest.mark.parametrize(("text", "host"), [
    ("Received by the President of Kazakhstan on Monday, the Minister conveyed greetings "
     "from the Georgian leadership.", "KAZ"),
    ("Received on Monday in Astana by President Tokayev of Kazakhstan, the Minister "
     "discussed transit along the Middle Corridor.", "KAZ"),
    ("Hosted by the Foreign Minister of Chile on Monday, the Georgian delegation reviewed "
     "the draft agreements.", "CHL"),
])
def test_a_participle_opening_with_its_agent_is_a_meeting(ex, text, host):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), (host,), "2024-03-11")]


def test_the_agent_of_an_opening_participle_is_no_traveller(ex):
    got = ex("Welcomed at the airport by the Deputy Foreign Minister of Kazakhstan, the "
             "Minister began his official visit on Monday.", issuer="GEO", date="2024-03-14",
             types=["visit"])
    assert ("visit", ("KAZ",), ("GEO",), "2024-03-11") not in got


@pytest.mark.parametrize(("text", "partner"), [
    ("Bilateral relations were discussed on Monday by the Minister and the Ambassador of "
     "Italy.", "ITA"),
    ("Trade and transit were reviewed by the two Ministers, Ilia Darchiashvili and his "
     "Armenian counterpart, on Monday.", "ARM"),
])
def test_talks_in_the_passive_with_both_sides_as_agent(ex, text, partner):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), (partner,), "2024-03-11")]


def test_a_passive_with_one_agent_is_no_meeting(ex):
    assert ex("The draft law was discussed on Monday by the Parliament and the Government.",
              issuer="GEO", date="2024-03-14", types=["meeting"]) == []


@pytest.mark.parametrize(("text", "host"), [
    ("Welcomed by the Foreign Minister of Chile on Monday, the Minister discussed trade.",
     "CHL"),
    ("Having been received by the President of Kazakhstan on Monday, the Minister left "
     "for Almaty.", "KAZ"),
])
def test_an_opening_participle_welcomed_or_having_been_received(ex, text, host):
    # generality audit (audit3): "Welcomed by", "Having been received by"
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), (host,), "2024-03-11")]


@pytest.mark.parametrize(("text", "guest"), [
    ("Peru's top diplomat was hosted by the Minister on Monday.", "PER"),
    ("On Monday the Foreign Minister of Armenia was hosted by the Minister.", "ARM"),
    ("Chile's Foreign Minister was welcomed by the Prime Minister on Monday.", "CHL"),
])
def test_a_guest_hosted_or_welcomed_in_the_passive(ex, text, guest):
    # generality audit (fixA): "was hosted / welcomed by" with a guest as the subject
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), (guest,), "2024-03-11")]


def test_a_plan_hosted_by_a_minister_is_no_meeting(ex):
    assert ex("The conference on Monday was hosted by the Minister of Culture.",
              issuer="GEO", date="2024-03-14", types=["meeting"]) == []
