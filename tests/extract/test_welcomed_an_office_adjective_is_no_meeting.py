""""welcomed" with an office's adjective or seat as its object ("welcomed the recent
Presidential pardons of activists in Peru", "the Ministerial decision taken in Lima",
"the Presidency's plans in Brussels") is a statement of position, not a guest
welcomed; an official so titled still is (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Foreign Secretary welcomed the Presidential pardons granted to human rights "
    "defenders in Peru and called for further steps.",
    "The Minister welcomed the Ministerial decision taken in Lima last week.",
    "The State Secretary welcomed the Swedish Presidency's plans in Brussels.",
    "The Minister welcomed the Presidential decree on elections in Chile.",
    "The Minister welcomed the OSCE Secretariat's work in Vienna.",
])
def test_no_meeting(ex, text):
    assert ex(text, issuer="GBR", date="2023-09-20", types=["meeting", "visit"]) == []


@pytest.mark.parametrize("text, to", [
    ("The Minister welcomed the President of Peru to London.", ("PER",)),
    ("The Minister welcomed the Peruvian Prime Minister in London.", ("PER",)),
    ("The State Secretary welcomed the Deputy Foreign Minister of Chile to the Ministry.",
     ("CHL",)),
])
def test_an_official_welcomed_is_met(ex, text, to):
    got = ex(text, issuer="GBR", date="2023-09-20", types=["meeting"])
    assert got == [("meeting", ("GBR",), to, "2023-09-20")]
