"""More ways to say a meeting (sentences of our own): a "pull-aside" on the
margins; a conversation held in person, told with its place ("in Lima ... had a
long and frank conversation with", unless by phone or video); an envoy "called to
the Ministry" (a summons, as "called in"); a minister "presented with the copy of
the credentials" of an ambassador."""

from __future__ import annotations

import pytest

HEAD = "Warsaw, 10 May 2024\n\n"


@pytest.mark.parametrize("text", [
    "On the margins of the session, the Minister had a brief pull-aside with the Foreign "
    "Minister of Peru.",
    "She also held a short pull-aside with Peru's Foreign Minister.",
    "Yesterday in Lima the Minister had a long and frank conversation with the Foreign "
    "Minister of Peru.",
    "In Warsaw, the Minister held a cordial conversation with the Peruvian Foreign Minister.",
    "The Ambassador of Peru was called to the Ministry yesterday and a protest was lodged.",
    "Peru's Chargé d'Affaires was called to the Foreign Ministry on Monday.",
    "Earlier in the day, the Minister was presented with the copy of the credentials of the "
    "new Ambassador of Peru.",
    "The Deputy Minister was presented with copies of the credentials of the Ambassador of "
    "Peru, Mr Juan Pérez.",
])
def test_a_meeting_with_peru(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"meeting", "call"})
    assert [g[:3] for g in got] == [("meeting", ("POL",), ("PER",))], got


@pytest.mark.parametrize(("text", "typ"), [
    # by telephone: a call, not a meeting
    ("The Minister had a long telephone conversation with the Foreign Minister of Peru.",
     "call"),
    ("The Minister had a frank conversation with the Foreign Minister of Peru by phone.",
     "call"),
])
def test_a_conversation_by_phone_is_a_call(ex, text, typ):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"meeting", "call"})
    assert [g[0] for g in got] == [typ], got


@pytest.mark.parametrize("text", [
    # called to the Ministry's service: no envoy, no summons
    "The diplomat was called to the Ministry's legal department in 2019 as an adviser.",
    # a conversation as a topic
    "The Minister said the conversation with Peru on trade would continue.",
])
def test_no_meeting(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"meeting"})
    assert got == [], got
