"""A meeting named by the officials of two countries who sat in it, told as held ("the
first meeting of Austria-Chile consuls was held today", "a meeting of Austrian and
Peruvian foreign ministry officials took place"): a meeting between the two countries,
as "the Austria-Chile meeting was held" is; a country named in two words may stand in
the pair ("Austria-United States", "New Zealand-Austria"). Not a meeting of one
country's own envoys, nor one still planned (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Vienna, 12 March 2025\n\n"


def _meetings(text: str) -> list[tuple]:
    return records(_HEAD + text, "AUT", {"meeting"})


@pytest.mark.parametrize("text, partner", [
    ("The first meeting of Austria-Chile consuls was held today in Vienna.", "CHL"),
    ("A meeting of Austria–Peru foreign ministry officials took place today in Lima.", "PER"),
    ("The second meeting of Austrian and Chilean consuls general was held today in "
     "Santiago.", "CHL"),
    ("Today the first meeting of Austria-United States ambassadors was held in Vienna.",
     "USA"),
    ("The first Austria-United States meeting was held today in Vienna.", "USA"),
    ("A meeting of the Kenya-Austria heads of consular sections took place today in Nairobi.",
     "KEN"),
])
def test_the_officials_pair_gives_the_meeting(text: str, partner: str) -> None:
    assert _meetings(text) == [("meeting", ("AUT",), (partner,), "2025-03-12")]


@pytest.mark.parametrize("text", [
    "A meeting of the Austrian consuls in Chile was held today in Santiago.",
    "The annual meeting of Austrian ambassadors was held today in Vienna.",
    "A meeting of Austria-Chile consuls will be held next year in Vienna.",
])
def test_one_country_or_a_plan_is_no_meeting(text: str) -> None:
    assert _meetings(text) == []
