"""Talks "with countries in the region", "with several partners", "with the
neighbouring states": sides not named are no partner, not even the country the
text was about before (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

LEAD = "The Minister visited Ukraine in June. "


def _partners(text: str) -> list[list[str]]:
    recs = extract_text(LEAD + text, issuer="SVN", date="2022").records
    return [r.to for r in recs if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "A special envoy she appointed for the Western Balkans is already engaged in talks with "
    "countries in the region.",
    "Our envoy has held talks with several countries of the region.",
    "The envoy held talks with the neighbouring states on water management.",
    "The Minister also met partners from the region to discuss energy.",
])
def test_unnamed_sides_are_no_partner(text: str) -> None:
    assert ["UKR"] not in _partners(text)


@pytest.mark.parametrize(("text", "partner"), [
    ("The envoy held talks with the countries of the Western Balkans, Serbia and Albania.",
     ["SRB"]),
    ("In Kyiv she also held talks with the President.", ["UKR"]),
])
def test_named_sides_and_the_host_stay(text: str, partner: list[str]) -> None:
    assert partner in _partners(text)
