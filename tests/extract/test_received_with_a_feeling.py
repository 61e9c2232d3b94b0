""""Receives" or "received" followed by a feeling or an attitude ("receives with
commitment", "received with satisfaction the news", "received with great interest the
proposal") is a reaction, as in translated Spanish or French prose, not an audience
given to someone; "received with honours the President of Chile" still is one (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[list[str], list[str]]]:
    return [(r.to, r.organizations) for r in extract_text(text, issuer="COL", date="2025-03-03")
            .records if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "In 2025 Colombia will chair the Pacific Alliance, a responsibility that the Government "
    "receives with commitment.",
    "The Ministry received with satisfaction the decision of the Council of the OAS.",
    "The Government of Colombia received with great interest the proposal of the President of "
    "Peru.",
])
def test_received_with_a_feeling_is_no_meeting(text):
    assert _meetings(text) == []


def test_received_with_honours_is_still_a_meeting():
    text = "The Minister of Foreign Affairs received with honours the President of Chile."
    assert _meetings(text) == [(["CHL"], [])]
