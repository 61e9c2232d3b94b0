"""Talks "between A and B" that a third party comments on ("Secretary Clinton said
she was encouraged by the talks between Wi and Ri") are not a meeting of the
commentator's country: with no side of the talks named, no new meeting (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

LEAD = ("LIMA, May 14 (EFE) -- Peru's chief negotiator Ana Ruiz met her Chilean counterpart "
        "Juan Soto on Tuesday. ")


def _meetings(text: str) -> list[list[str]]:
    recs = extract_text(LEAD + text, issuer="PER", date="2025-05-14").records
    return [r.to for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "At the summit on Wednesday, U.S. Secretary of State Anna Lee told reporters that she "
    "was encouraged by the surprise talks between Ruiz and Soto.",
    "The German Foreign Minister welcomed the talks between Ruiz and Soto.",
])
def test_a_commentator_is_no_side(text: str) -> None:
    assert _meetings(text) == [["CHL"]]


@pytest.mark.parametrize(("text", "partner"), [
    # sides named inside the phrase
    ("The Minister also chaired talks between the delegations of Peru and Ecuador.", ["ECU"]),
    # the sides named by their office: the talks told
    ("The talks between the two Foreign Ministers focused on trade.", ["CHL"]),
    # no "between": the subject's talks
    ("On Wednesday the Minister held talks with the Foreign Minister of Bolivia.", ["BOL"]),
])
def test_named_sides_stay(text: str, partner: list[str]) -> None:
    assert partner in _meetings(text)
