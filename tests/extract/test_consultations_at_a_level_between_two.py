"""Consultations with their level told before the two sides ("Consultations at the level
of deputy foreign ministers between A and B took place in Prague", "consultations at the
level of state secretaries were held between A and B"): a round with the other side,
as "consultations between A and B" is; a plan of consultations is none (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Consultations at the level of deputy foreign ministers between Czechia and Moldova "
    "took place in Prague on 4 March.",
    "On 4 March, consultations at the level of state secretaries were held between Czechia "
    "and Moldova.",
    "On 4 March, consultations at the level of political directors between the foreign "
    "ministries of Moldova and Czechia were held in Prague.",
    "Consultations on the level of deputy ministers between Moldova and the Czech Republic "
    "took place on 4 March.",
])
def test_a_round_with_the_other_side(ex, text):
    assert ex(text, issuer="CZE", date="2024-03-06", types=["consultation"]) == [
        ("consultation", ("CZE",), ("MDA",), "2024-03-04")]


def test_a_plan_of_consultations_is_none(ex):
    text = "The plan of consultations between Czechia and Moldova was discussed on 4 March."
    assert ex(text, issuer="CZE", date="2024-03-06", types=["consultation"]) == []
