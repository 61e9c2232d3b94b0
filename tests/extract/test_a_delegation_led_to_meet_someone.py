"""A delegation led (or headed) "to meet with" someone tells the meeting it was led
to ("she led a government delegation to meet with President A of Togo"); one to be
led is ahead (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str = "GHA") -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer=issuer, date="2019-09-12").records
    return [tuple(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "Minister Botchwey spoke on Tuesday, 10 September 2019 after she led a government "
    "delegation to meet with President Gnassingbé of Togo at the palace in Lomé.",
    "The Foreign Minister headed a high-level delegation to meet with the Prime Minister "
    "of Togo in Lomé on 10 September.",
    "On 10 September the Deputy Minister led a delegation of the ministry to meet "
    "Togolese officials on border trade.",
])
def test_a_delegation_led_to_meet_is_a_meeting(text: str) -> None:
    assert _meetings(text) == [("TGO",)]


@pytest.mark.parametrize("text", [
    "The minister will lead a delegation to meet with the President of Togo next week.",
    "The minister plans to head a delegation to meet with Togolese officials in October.",
])
def test_a_delegation_to_be_led_is_ahead(text: str) -> None:
    assert _meetings(text) == []
