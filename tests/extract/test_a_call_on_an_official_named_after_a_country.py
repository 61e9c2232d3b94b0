"""A call on an official whose country stands before the title as a noun ("called on the
Singapore Foreign Minister", "called on the New Zealand Prime Minister", "calls on the
UK Deputy Prime Minister"): a meeting with that country, as "the Singaporean ..." or "the
Foreign Minister of Singapore" already were; "called on" a country or a people to act
is none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], list[str]]]:
    return [(r.from_, r.to)
            for r in extract_text(text, issuer="BRN", date="2025-06-12").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "to"), [
    ("Brunei's outgoing High Commissioner to Singapore called on the Singapore Foreign "
     "Minister today to bid farewell.", "SGP"),
    ("The Ambassador called on the New Zealand Prime Minister today.", "NZL"),
    ("Today the High Commissioner called on the UK Deputy Prime Minister in London.", "GBR"),
    ("On her arrival, the new Ambassador called on the Philippine Foreign Secretary in "
     "Manila.", "PHL"),
    ("The Minister of Foreign Affairs II called on the Japan Vice Minister for Foreign Affairs "
     "in Tokyo today.", "JPN"),
])
def test_the_official_called_on_is_met(text, to):
    assert _meetings(text) == [(["BRN"], [to])]


@pytest.mark.parametrize("text", [
    "The Minister called on the International Community to act.",
    "The Minister called on the Government of Chile to release the prisoners.",
    "The statement called on the Security Council to act without delay.",
])
def test_an_appeal_is_no_meeting(text):
    assert _meetings(text) == []
