"""A numbered round of consultations whose level is told in words of its own
("the fifth foreign ministerial-level consultation meeting", "the 4th senior
officials' consultations") is a round of consultations (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _consultations(text: str) -> list[tuple[list[str], list[str]]]:
    recs = extract_text(text, issuer="VNM", date="2024-06-14").records
    return [(list(r.from_), list(r.to)) for r in recs if r.type == "consultation"]


@pytest.mark.parametrize(("text", "other"), [
    ("Foreign Minister Nguyen Van A and his Cambodian counterpart Sok Chenda co-chaired "
     "the fifth foreign ministerial-level consultation meeting on June 12.", "KHM"),
    ("On 3 June, Deputy Minister Tran and his Thai counterpart held the 4th senior "
     "officials' consultations in Bangkok.", "THA"),
    ("The 11th vice-ministerial level consultation meeting between Japan and Vietnam took "
     "place in Tokyo on 2 June.", "JPN"),
])
def test_a_numbered_round_with_its_level(text: str, other: str) -> None:
    assert _consultations(text) == [(["VNM"], [other])]


def test_a_round_agreed_for_later_is_not_held() -> None:
    text = "Both sides agreed to hold the third deputy-ministerial consultations with Laos."
    assert _consultations(text) == []


@pytest.mark.parametrize(("text", "other"), [
    ("Vietnam and Laos held the 7th senior officials' level consultation in Vientiane on "
     "5 June.", "LAO"),
    ("The 3rd deputy minister-level consultation between Vietnam and Chile was held in "
     "Hanoi on 4 June.", "CHL"),
])
def test_a_numbered_round_named_in_the_singular_after_its_level(text: str, other: str) -> None:
    assert _consultations(text) == [(["VNM"], [other])]


def test_a_numbered_level_consultation_mechanism_is_no_round() -> None:
    text = ("Vietnam and Peru set up the 2nd ministerial-level consultation mechanism in Lima "
            "on 5 June.")
    assert _consultations(text) == []
