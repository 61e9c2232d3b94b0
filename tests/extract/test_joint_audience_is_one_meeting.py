"""Envoys received "in a joint audience" (or a "joint meeting" with the ministers of
A and B) make one meeting with all of them, not one with each; received one after
the other, one each (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="GNQ", date="2012-05-16").records
    return sorted(sorted(r.to) for r in recs if r.type == "meeting")


@pytest.mark.parametrize("text", [
    "On 15 May the Minister received in a joint audience the envoys of Brazil and "
    "Venezuela.",
    "On 15 May the Minister held a joint meeting with the Ambassadors of Brazil and "
    "Venezuela.",
])
def test_a_joint_audience_is_one_meeting(text: str) -> None:
    assert _meetings(text) == [["BRA", "VEN"]]


def test_envoys_received_in_turn_are_one_meeting_each() -> None:
    assert _meetings("On 15 May the Minister received the Ambassadors of Brazil and "
                     "Venezuela.") == [["BRA"], ["VEN"]]
