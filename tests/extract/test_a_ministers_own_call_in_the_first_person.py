"""A minister's own post tells a call in the first person: "I called my counterpart in
Lithuania", "Glad to speak with Foreign Minister A of Poland this morning", "Great to
talk to my colleague B" (a courtesy opening the post, then the talk's verb). Speaking
to students, or being invited to speak, is no call (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _calls(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return [(r.type, r.from_, r.to, r.date.start) for r in recs
            if r.type in ("call", "meeting")]


@pytest.mark.parametrize("text, partner", [
    ("Today I called my counterpart in Lithuania to express solidarity.", "LTU"),
    ("This morning I rang my Lithuanian colleague.", "LTU"),
    ("Glad to speak with Foreign Minister Sikorski of Poland this morning.", "POL"),
    ("Great to speak with Foreign Minister Sikorski of Poland this morning.", "POL"),
    ("Good to talk again with my Danish colleague Lars Løkke about Ukraine.", "DNK"),
    ("Pleased to speak by phone with the Foreign Minister of Chile today.", "CHL"),
])
def test_a_call(text: str, partner: str) -> None:
    assert _calls(text) == [("call", ["NOR"], [partner], "2024-05-10")]


@pytest.mark.parametrize("text", [
    "Glad to speak with students of the University of Warsaw this morning.",
    "I was invited to speak with journalists from Poland about the Arctic.",
    "Great to speak at the Raisina Dialogue in New Delhi today.",
])
def test_no_call(text: str) -> None:
    assert [c for c in _calls(text) if c[0] == "call"] == []
