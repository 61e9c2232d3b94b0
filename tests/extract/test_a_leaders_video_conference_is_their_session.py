"""A video conference named by its members' possessive ("the G7 leaders' video
conference", "the EU foreign ministers' videoconference") is the body's session held
online, as "the video conference of G7 leaders" is: taking part in it is a
multilateral, not a call with the organisation; a video conference with a partner
stays a call (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="SWE", date="2025-10-09").records
    return [(r.type, r.from_, r.to, r.organizations, r.date.start) for r in recs]


@pytest.mark.parametrize("text, org", [
    ("The Prime Minister took part in the EU leaders' video conference on 8 October.",
     "EU"),
    ("The Prime Minister took part in the G7 leaders' video conference on 8 October.",
     "G7"),
    ("Minister Berg participated in the EU foreign ministers' videoconference on 8 "
     "October.", "EU"),
    ("On 8 October the Minister took part in the NATO foreign ministers' video "
     "conference.",
     "NATO"),
])
def test_a_session(text: str, org: str) -> None:
    assert _records(text) == [("multilateral", ["SWE"], [], [org], "2025-10-08")]


def test_addressed_is_no_call() -> None:
    # (the verb "addressed" is no participation the frames read: at least no call)
    assert not [r for r in _records("The Prime Minister addressed the G7 leaders' video "
                                    "conference on 8 October.") if r[0] == "call"]


def test_a_call_with_a_partner() -> None:
    assert _records("Minister Berg held a video conference with the Foreign Minister of "
                    "Chile on 8 October.") == [("call", ["SWE"], ["CHL"], [], "2025-10-08")]
