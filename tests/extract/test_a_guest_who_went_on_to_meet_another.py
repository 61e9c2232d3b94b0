"""A guest received who then, later or "went on to" meet another official of ours
("..., who went on to meet with the Minister of Trade") had a second meeting; a
guest described by a clause that tells no next step ("..., who is on a visit") had
one (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str = "PER") -> list[tuple[str, ...]]:
    recs = extract_text(text, issuer=issuer, date="2023-05-04").records
    return [tuple(r.to) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "On 3 May the President of Peru received the Foreign Minister of Chile, who went on "
    "to meet with the Minister of Trade.",
    "On 3 May President Boluarte received Ecuadorian Prime Minister Luis Vera, who "
    "later met with Trade Minister Ana Lopez.",
])
def test_a_guest_who_went_on_to_meet_had_two_meetings(text: str) -> None:
    assert len(_meetings(text)) == 2


def test_a_guest_of_the_holy_see_who_went_on_to_the_secretary_of_state() -> None:
    assert _meetings("In the morning the Holy Father received in audience the Prime "
                     "Minister of Ireland, who afterwards went on to sit down with the "
                     "Cardinal Secretary of State.", issuer="VAT") == [("IRL",), ("IRL",)]


def test_a_guest_who_went_on_alone() -> None:
    assert _meetings("On 3 May the Foreign Minister of Chile went on to meet with the "
                     "Peruvian trade minister in Lima.") == [("CHL",)]


@pytest.mark.parametrize("text", [
    "On 3 May the President of Peru received the Foreign Minister of Chile, who is on an "
    "official visit to Lima.",
    "On 3 May the President of Peru received the Foreign Minister of Chile, who conveyed "
    "greetings from her President.",
])
def test_a_guest_described_by_a_clause_had_one(text: str) -> None:
    assert _meetings(text) == [("CHL",)]
