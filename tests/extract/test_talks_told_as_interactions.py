"""Talks told as "interactions" with officials are meetings, one per country of the
officials listed; interactions with people who are no officials are none (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[str]:
    recs = extract_text(text, issuer="RWA", date="2024-09-25").records
    return sorted(c for r in recs if r.type == "meeting" for c in r.to)


@pytest.mark.parametrize(("text", "partners"), [
    ("On the sidelines of the summit, the Minister held interactions with the Foreign "
     "Minister of Peru and the Prime Minister of Malta.", ["MLT", "PER"]),
    ("The Foreign Minister had interactions with his counterparts from Chile and Ghana "
     "on Monday.", ["CHL", "GHA"]),
    ("On Monday the Minister held a brief interaction with the Ambassador of Japan.",
     ["JPN"]),
    ("At the forum our Minister had interactions with the Foreign Minister and the "
     "Trade Minister of Belgium, the Foreign Minister of Austria and the President of "
     "Chile.", ["AUT", "BEL", "CHL"]),
])
def test_interactions_with_officials_are_meetings(text: str, partners: list[str]) -> None:
    assert _met(text) == partners


@pytest.mark.parametrize("text", [
    "The Minister held interactions with students on the role of diplomacy.",
    "The Minister has had interactions with many partners on climate.",
    "The interactions between trade and climate policy were the subject of the panel.",
])
def test_interactions_with_no_official_are_no_meeting(text: str) -> None:
    assert _met(text) == []
