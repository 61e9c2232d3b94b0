"""A signing ceremony held by video link is the medium of the signing, not a call
between the sides ("in a ceremony held by video link with the Prime Minister",
"the agreement was signed via videoconference"); a talk by video link still is one
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Port Louis, 30 December 2025\n\n"


def _types(text: str) -> list[str]:
    recs = extract_text(text, issuer="MUS", date="2025-12-30").records
    return sorted(r.type for r in recs if r.type in ("call", "agreement", "meeting"))


@pytest.mark.parametrize("sentence", [
    "On 3 March the Minister signed the agreement with the Foreign Minister of Seychelles "
    "in a ceremony held by video link with the Prime Minister in Port Louis.",
    "On 3 March the agreement with Seychelles was signed by the two Ministers in a ceremony "
    "via video link.",
])
def test_a_ceremony_by_video_link_is_no_call(sentence):
    assert _types(HEAD + sentence) == ["agreement"]


def test_talks_by_video_link_are_a_call():
    text = HEAD + ("On 3 March the Minister held talks by video link with the Foreign Minister "
                   "of Seychelles.")
    assert "call" in _types(text)


def test_the_treaty_signed_named_again_is_the_signing_told():
    text = ("Annual review 2025\n\nThe year will be remembered for the signature, on 22 May "
            "2025 in Lisbon, of the Treaty between Mauritius and Portugal on fisheries. The "
            "Treaty was signed by the Minister of Foreign Affairs and by the Portuguese side, "
            "in a ceremony held by video link with the Prime Minister in Port Louis.")
    recs = extract_text(text, issuer="MUS", date="2025-12-30").records
    assert [(r.type, r.date.start) for r in recs if r.type in ("agreement", "call")] == [
        ("agreement", "2025-05-22")]
