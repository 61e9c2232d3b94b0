"""Consultations named as what a visit's programme was or included ("The main point of
the programme were political consultations with A", "The programme included
consultations with ...") took place; consultations named as a programme's or a
memorandum's subject ("a programme of political consultations", "the memorandum on
consultations") did not (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = ("Vilnius, 4 June 2025\n\nThe Vice-Minister of Foreign Affairs paid a working visit to "
        "Yerevan on 2-3 June. ")


def _consultations(text: str) -> list[str]:
    recs = extract_text(text, issuer="LTU", date="2025-06-04").records
    return ["+".join(r.to) for r in recs if r.type == "consultation"]


@pytest.mark.parametrize("sentence", [
    "The main point of the programme were political consultations with Armenia's Deputy "
    "Foreign Minister.",
    "The programme included political consultations with the Deputy Foreign Minister of "
    "Armenia.",
])
def test_consultations_the_programme_was_took_place(sentence):
    assert _consultations(HEAD + sentence) == ["ARM"]


@pytest.mark.parametrize("sentence", [
    "The two sides discussed a programme of political consultations with Armenia for 2026.",
    "They signed a memorandum on political consultations with Armenia.",
])
def test_consultations_as_a_subject_did_not(sentence):
    assert _consultations(HEAD + sentence) == []
