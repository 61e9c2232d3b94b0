"""An event said after it not to have happened ("the phone call between A and B did not
take place", "has not taken place", "never took place") is no event, as a cancelled one
is; a verdict in a clause of another event ("spoke by phone with A, after the meeting in
Brussels was cancelled") leaves the call told (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _contacts(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="EST", date="2025-03-20").records
    return [(r.type, r.from_, r.to, r.date.start) for r in recs
            if r.type in ("call", "meeting", "visit")]


@pytest.mark.parametrize("text", [
    "The Minister regretted that the phone call between the Foreign Ministers of Serbia "
    "and Kosovo did not take place.",
    "The planned telephone conversation with the Foreign Minister of Hungary on 19 March "
    "has not taken place.",
    "The meeting with the Foreign Minister of Hungary on 19 March never took place.",
    "The video conference with the Foreign Minister of Chile scheduled for 19 March did "
    "not take place because of technical problems.",
    "The Minister noted that the talks between the presidents of Armenia and Azerbaijan "
    "had not yet taken place.",
])
def test_none(text: str) -> None:
    assert _contacts(text) == []


@pytest.mark.parametrize("text", [
    "The Minister spoke by phone with the Foreign Minister of Hungary on 19 March, after "
    "the meeting in Brussels did not take place.",
    "The Minister spoke by phone with the Foreign Minister of Hungary on 19 March, after "
    "the meeting in Brussels was cancelled.",
    "The Minister spoke by phone with the Foreign Minister of Hungary on 19 March because "
    "the meeting in Brussels was postponed.",
])
def test_the_call_told(text: str) -> None:
    assert _contacts(text) == [("call", ["EST"], ["HUN"], "2025-03-19")]
