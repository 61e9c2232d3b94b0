"""Talks on a topic with an official named before the office ("discussed the recent
developments with A, Foreign Minister of B"), with officials in the plural ("with the
Foreign Ministers of A and B"), and a topic word before "with" ("discussed the crisis
with the Foreign Minister of A"): the official is the side talked with (sentences of
our own)."""

from __future__ import annotations

import pytest

HEAD = "Vienna, 10 May 2024\n\nThe Ministry of Foreign Affairs informs as follows.\n\n"


@pytest.mark.parametrize(("text", "sides"), [
    ("The Minister discussed the recent developments with Mauro Vieira, Foreign Minister of "
     "Brazil.", ["BRA"]),
    ("On Friday the Minister discussed regional security with Ms Ana Sousa, Chile's Foreign "
     "Minister.", ["CHL"]),
    ("The Minister also discussed the preparations for the summit with Pedro Lima, the "
     "Foreign Minister of Brazil, and Ana Sousa, Foreign Minister of Chile.", ["BRA", "CHL"]),
    ("The Minister discussed the crisis with the Foreign Minister of Brazil.", ["BRA"]),
    ("The Minister discussed the situation with Pedro Lima, Foreign Minister of Brazil.",
     ["BRA"]),
    ("The Minister discusses bilateral trade with the Foreign Ministers of Brazil and Chile.",
     ["BRA", "CHL"]),
])
def test_the_official_after_the_topic_is_met(ex, text, sides):
    got = ex(HEAD + text, issuer="AUT", date="2024-05-10", types=["meeting"])
    assert sorted(c for _t, _f, to, _d in got for c in to) == sides


def test_organisation_heads_named_before_their_office(ex):
    text = ("The Minister discussed the crisis with Pedro Lima, Foreign Minister of Brazil, "
            "Pedro Lopes, Secretary General of Council of Europe, and Anna Berg, CSTO "
            "Secretary General.")
    got = ex(HEAD + text, issuer="AUT", date="2024-05-10", types=["meeting"])
    assert sorted(to for _t, _f, to, _d in got) == [(), (), ("BRA",)]


@pytest.mark.parametrize("text", [
    "The Minister discussed the crisis with Brazil's new trade policy in mind.",
    "The Minister discussed the situation with journalists from Brazil.",
])
def test_no_official_no_meeting(ex, text):
    assert ex(HEAD + text, issuer="AUT", date="2024-05-10", types=["meeting"]) == []
