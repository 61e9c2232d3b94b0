"""A statement, speech or remarks delivered, made or given at (or to) a session,
with the speaker's country as a possessive ("delivered Ghana's national statement
at the General Debate of the 79th session"): participation in that session; a
speech at a university or a firm is none (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sessions(text: str) -> list[list[str]]:
    recs = extract_text(text, issuer="GHA", date="2024-09-27").records
    return [list(r.organizations) for r in recs if r.type == "multilateral"]


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister delivered Ghana's national statement at the General Debate of the 79th "
     "UN General Assembly on 26 September.", "UNGA"),
    ("On 26 September the Foreign Minister made a statement to the UN Security Council on "
     "Sudan.", "UNSC"),
    ("On 26 September the Minister gave the keynote address at the Ministerial Meeting of "
     "the Non-Aligned Movement.", "NAM"),
])
def test_a_statement_at_a_session_is_taking_part(text: str, org: str) -> None:
    assert _sessions(text) == [[org]]


@pytest.mark.parametrize("text", [
    "On 26 September the Minister gave a speech at the University of Ghana.",
    "On 26 September the Minister made a statement to the press on Sudan.",
])
def test_a_speech_elsewhere_is_no_session(text: str) -> None:
    assert _sessions(text) == []
