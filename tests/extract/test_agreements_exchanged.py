"""Agreements exchanged before the ministers are signed documents: the passive with a
long title between the noun and the verb ("agreements on cultural exchanges and on
cooperation between the foreign service institutes were exchanged") and the active
with documents named ("the two Ministers exchanged memoranda on ...") give an
agreement; views or greetings exchanged do not (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

HEAD = "Hanoi, 13 August 2025\n\nThe Minister held talks with his Chilean counterpart. "


def _agreements(text: str) -> list[str]:
    recs = extract_text(text, issuer="VNM", date="2025-08-13").records
    return ["+".join(r.to) for r in recs if r.type == "agreement"]


@pytest.mark.parametrize("sentence", [
    "In the presence of the two Ministers, agreements on cultural exchanges and on "
    "cooperation between the two diplomatic academies of the countries were exchanged.",
    "The two Ministers then exchanged memoranda on tourism and on higher education.",
    "Afterwards the ministers exchanged agreements on visa exemption for official passports.",
])
def test_documents_exchanged_are_an_agreement(sentence):
    assert _agreements(HEAD + sentence) == ["CHL"]


@pytest.mark.parametrize("sentence", [
    "The two Ministers then exchanged views on the situation in the Pacific.",
    "The two Ministers exchanged greetings on the anniversary of relations.",
])
def test_views_exchanged_are_no_agreement(sentence):
    assert _agreements(HEAD + sentence) == []
