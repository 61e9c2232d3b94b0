"""A consultation or commission named as what a call or meeting discussed is no
session held: "discussing the Strategic Dialogue between the two countries" (texts
of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str) -> list[str]:
    recs = extract_text(text, issuer="SRB", date="2025-06-30").records
    return sorted(r.type for r in recs if r.to)


@pytest.mark.parametrize(("text", "types"), [
    ("The Minister spoke by phone with the Foreign Minister of India on 12 March, discussing "
     "the Strategic Dialogue between the two countries.", ["call"]),
    ("On 12 March the Minister met the Foreign Minister of India and discussed the "
     "Strategic Dialogue between the two countries.", ["meeting"]),
    ("In a telephone call on Friday, the Minister and the Foreign Minister of Chile "
     "talked about the Joint Commission of the two countries.", ["call"]),
])
def test_a_session_discussed_is_not_held(text: str, types: list[str]) -> None:
    assert _types(text) == types


@pytest.mark.parametrize(("text", "types"), [
    # the session where the talks were held
    ("The two ministers discussed the matter at the Joint Commission of Serbia and Chile "
     "held in Santiago on 12 March.", ["commission"]),
    # a session held and then a topic
    ("Political consultations with India were held in Delhi on 12 March, discussing "
     "trade.", ["consultation"]),
])
def test_a_session_held_stays(text: str, types: list[str]) -> None:
    assert _types(text) == types
