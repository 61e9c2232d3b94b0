"""Agreements told as what talks came to: "negotiations which resulted in fisheries
agreements with A, B and C", "the rounds culminated in a boundary treaty with D",
"talks that led to agreements with E and F", "the process yielded two accords with G":
an agreement with each partner named after "with". Not an agreement to do something
else, one the talks have not (yet) produced, or a known agreement the talks led
somewhere ("led to the agreement with H being suspended") (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _agreements(text: str) -> list[tuple]:
    """The agreements' types and sides (their time is not what is tested here)."""
    return [r[:3] for r in records(text, "NOR", {"agreement"}, date="2024")]


@pytest.mark.parametrize("text, partners", [
    ("Norway has held 40 rounds of talks which resulted in fisheries agreements with "
     "Iceland, Russia and the Faroe Islands.", ["FRO", "ISL", "RUS"]),
    ("Years of negotiation culminated in a maritime boundary treaty with Denmark.",
     ["DNK"]),
    ("Our negotiators met eleven times, and the talks led to agreements on taxation with "
     "Peru and Chile.", ["CHL", "PER"]),
    ("The process yielded two new accords with Ghana.", ["GHA"]),
    ("We intensified our border diplomacy, resulting in delimitation agreements with "
     "Sweden and Finland.", ["FIN", "SWE"]),
])
def test_agreements_the_talks_came_to(text: str, partners: list[str]) -> None:
    assert _agreements(text) == [("agreement", ("NOR",), (p,)) for p in partners]


@pytest.mark.parametrize("text", [
    "The talks resulted in an agreement to meet again in Lima.",
    "The talks have not yet resulted in an agreement with Peru.",
    "The crisis led to the agreement with Peru being suspended.",
    "The talks produced a joint statement with Peru.",
])
def test_no_agreement_the_talks_came_to(text: str) -> None:
    assert _agreements(text) == []
