"""Taking part by video link in a session of others is no call, also where the session's
name joins two sides with a dash ("the EU–Western Balkans summit", "the EU–CELAC
ministerial meeting"); a video call with a partner stays one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return [(r.from_, r.to, r.date.start) for r in recs if r.type == "call"]


@pytest.mark.parametrize("text", [
    "The Prime Minister participated by video link in the EU–Western Balkans summit on 4 "
    "May.",
    "The Minister took part via video conference in the EU–CELAC ministerial meeting on 4 "
    "May.",
    "The Prime Minister joined by video link the Africa–Nordic summit on 4 May.",
    "The Minister spoke by videoconference at the EU–Central Asia ministerial meeting on 4 "
    "May.",
])
def test_no_call(text: str) -> None:
    assert _calls(text) == []


def test_a_video_call_stays() -> None:
    assert _calls("On 4 May the Prime Minister held a video conference with the President "
                  "of Finland.") == [(["NOR"], ["FIN"], "2024-05-04")]
