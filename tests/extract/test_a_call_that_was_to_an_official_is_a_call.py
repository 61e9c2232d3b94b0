"""A call told as the subject of "was to" / "went to" / "was with", its partner
after ("the first call the minister made on Monday was to the Foreign Minister of
A"), is a call with that partner (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner", "day"), [
    ("However, the first call Minister Tamm made on Monday after his swearing-in was "
     "to Polish foreign minister Jan Nowak.", "POL", "2023-04-17"),
    ("Her first phone call as minister went to her counterpart in Finland, Ville "
     "Koski.", "FIN", "2023-04-18"),
    ("The first call the new President made on 3 April was to the Prime Minister of "
     "India.", "IND", "2023-04-03"),
    ("The call the Minister placed on Friday evening was with the Foreign Minister of "
     "Chile, Ana Rojas.", "CHL", "2023-04-14"),
    ("His last video call of the week went to Kenyan Foreign Minister Paul Otieno.",
     "KEN", "2023-04-18"),
])
def test_a_call_that_was_to_an_official(ex, text, partner, day):
    assert ex(text, issuer="EST", date="2023-04-18", types={"call"}) == [
        ("call", ("EST",), (partner,), day)]


@pytest.mark.parametrize("text", [
    "The aim of the call was to strengthen ties with the Foreign Minister of Chile.",
    "His call was to all ministers of the region to act together.",
    "The call for proposals was to the ministries of Chile and Peru.",
])
def test_a_call_that_was_to_do_something_is_none(ex, text):
    assert ex(text, issuer="EST", date="2023-04-18", types={"call"}) == []
