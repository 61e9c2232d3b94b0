"""An exchange or discussion had with an official, whatever its adjective ("had a
productive exchange with the Foreign Minister of Peru"), and two officials who
"convened" or "conferred" as one subject, are meetings; an exchange with people who
are no officials, or one by phone, is no meeting (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="GHA", date="2024-06-06").records
    return [list(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("text", "partner"), [
    ("Minister Botchwey had a productive exchange with the Foreign Minister of Peru on "
     "5 June.", "PER"),
    ("On 5 June the Minister held a frank discussion with the Ambassador of Chile.", "CHL"),
    ("On 5 June the Minister and the Peruvian Foreign Minister convened in Lima.", "PER"),
    ("On 5 June the Minister and her Chilean counterpart conferred in Santiago.", "CHL"),
])
def test_an_exchange_or_convening_with_an_official_is_a_meeting(text: str,
                                                              partner: str) -> None:
    assert _meetings(text) == [[partner]]


@pytest.mark.parametrize("text", [
    "On 5 June the Minister had a lively exchange with journalists.",
    "On 5 June the Minister had a brief exchange by phone with the Foreign Minister of Peru.",
    "On 5 June the Minister and the Security Council convened an urgent session.",
])
def test_an_exchange_with_no_official_or_by_phone_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []
