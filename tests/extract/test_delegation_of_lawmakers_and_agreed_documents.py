"""A delegation received from a country by its members' kind or nationality
("received a delegation of Estonian senators") is a meeting with that country; a
document agreed as an outcome ("the UK and Ghana agreed a memorandum on
migration") is an agreement; an agreement only agreed to be signed, or a
delegation of students, is neither (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _kinds(text: str) -> list[tuple[str, list[str]]]:
    recs = extract_text(text, issuer="GHA", date="2024-06-06").records
    return [(r.type, list(r.to)) for r in recs if r.type in ("meeting", "agreement")]


@pytest.mark.parametrize(("text", "partner"), [
    ("On 5 June the Minister received a delegation of Estonian senators.", "EST"),
    ("On 5 June the Speaker welcomed a delegation of Kenyan lawmakers.", "KEN"),
    ("On 5 June the Minister received a delegation from the Senate of Chile.", "CHL"),
])
def test_a_delegation_of_lawmakers_received_is_a_meeting(text: str, partner: str) -> None:
    assert _kinds(text) == [("meeting", [partner])]


@pytest.mark.parametrize(("text", "partner"), [
    ("On 5 June the UK and Ghana agreed a memorandum of understanding on migration.", "GBR"),
    ("On 5 June Ghana and Togo agreed an action plan on border security.", "TGO"),
])
def test_a_document_agreed_is_an_agreement(text: str, partner: str) -> None:
    assert _kinds(text) == [("agreement", [partner])]


@pytest.mark.parametrize("text", [
    "On 5 June Ghana and Togo agreed to sign an agreement on trade next year.",
    "On 5 June the ministers of Ghana and Togo agreed that the agreement should be renewed.",
])
def test_agreeing_to_sign_is_no_agreement(text: str) -> None:
    assert not any(k[0] == "agreement" for k in _kinds(text))


def test_a_delegation_of_students_is_no_meeting() -> None:
    assert _kinds("On 5 June the Minister received a delegation of students.") == []
