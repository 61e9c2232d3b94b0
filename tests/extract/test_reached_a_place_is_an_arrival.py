""""Reached" with a place's name right after it tells an arrival, as "arrived in" does:
"Foreign Secretary A reached Lima on Wednesday leading a delegation", "the delegation
led by A reached the Peruvian capital, Lima", "A reached Peru". Not "reached an
agreement in Lima", "reached out to Peru", a name's possessive ("exports reached
Peru's market"), nor a subject that names no traveller ("The news reached Lima")
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Kathmandu, 12 March 2025\n\n"


def _visits(text: str) -> list[tuple]:
    return records(_HEAD + text, "NPL", {"visit"})


@pytest.mark.parametrize("text", [
    "Foreign Secretary Hari Thapa reached Lima on Wednesday leading a delegation to the "
    "third round of the Joint Consultation Mechanism.",
    "On Wednesday the Nepali delegation led by Foreign Secretary Hari Thapa reached Lima "
    "for consultations.",
    "Foreign Secretary Hari Thapa reached the Peruvian capital, Lima, late on Wednesday.",
    "Foreign Secretary Hari Thapa reached Peru on Wednesday on a working visit.",
    "Heading a six-member delegation, Foreign Secretary Hari Thapa reached Lima today.",
    "Hari Thapa reached Lima on Wednesday for the consultations.",
])
def test_reached_a_place_is_a_visit(text: str) -> None:
    assert _visits(text) == [("visit", ("NPL",), ("PER",), "2025-03-12")]


@pytest.mark.parametrize("text", [
    "Foreign Secretary Hari Thapa and the Peruvian side reached an agreement in principle "
    "on Wednesday.",
    "Foreign Secretary Hari Thapa reached out to Peru on Wednesday.",
    "Nepal's exports of tea reached Peru's markets last year.",
    "The news of the agreement reached Lima on Wednesday.",
])
def test_reached_no_place_is_no_visit(text: str) -> None:
    assert _visits(text) == []
