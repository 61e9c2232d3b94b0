"""A call with no partner named in its sentence takes the partner the text is about,
but not a country this very sentence names only as what was talked about, in a clause
after the call ("During the telephone conversation, the ministers discussed sanctions
against Russia"): there the partner stays unknown. The call's partner told in the
sentence before is kept (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="SWE", date="2025-10-09").records
    return [(r.type, r.from_, r.to) for r in recs if r.type in ("call", "meeting")]


@pytest.mark.parametrize("text", [
    "During the telephone conversation, the ministers discussed sanctions against Russia.",
    "In the telephone conversation, the ministers discussed the war in Sudan.",
    "In a phone call, the two ministers discussed the situation in Sudan.",
    "During the video call, the Minister and her colleague discussed the elections in "
    "Venezuela.",
    "In the phone conversation, the leaders focused on the reconstruction of Ukraine.",
])
def test_topic_only(text: str) -> None:
    assert _calls(text) == []


@pytest.mark.parametrize("text, partner", [
    ("Minister Berg spoke by phone with the Foreign Minister of Germany. During the "
     "conversation, the ministers discussed sanctions against Russia.", "DEU"),
    ("During the telephone conversation with her Danish counterpart, the Minister "
     "discussed sanctions against Russia.", "DNK"),
    ("In a phone call with the Foreign Minister of Ghana, the ministers discussed the "
     "situation in Mali.", "GHA"),
])
def test_partner_kept(text: str, partner: str) -> None:
    assert _calls(text) == [("call", ["SWE"], [partner])]
