"""A review tells the journeys of several officials of one side, some to the same
country: a visit named again with another named traveller is a second visit
("Former Minister A visited Chile. ... Minister B visited Chile and Peru"), while
the same traveller named again is the visit told before (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Former Foreign Minister Tomas Vale visited Chile and Japan. Foreign Minister Irina "
    "Holt visited Chile and Peru.",
    "Minister Tomas Vale travelled to Chile in April. Later, State Minister Irina Holt "
    "visited Chile and Peru.",
    "Foreign Minister Tomas Vale undertook visits to Chile and Japan. Deputy Foreign "
    "Minister Irina Holt paid visits to Chile and Peru.",
    "Prime Minister Tomas Vale visited Chile. Foreign Minister Irina Holt visited Chile "
    "and Peru.",
])
def test_two_travellers_two_visits(ex, text):
    got = ex(text, issuer="NOR", date="2023-12-28", types=["visit"])
    assert [g[:3] for g in got].count(("visit", ("NOR",), ("CHL",))) == 2


@pytest.mark.parametrize("text", [
    "Foreign Minister Tomas Vale visited Chile and Japan. Mr. Vale visited Chile to "
    "attend the summit.",
    "Foreign Minister Tomas Vale visited Chile and Japan. The Minister visited Chile to "
    "attend the summit.",
])
def test_one_traveller_named_again_one_visit(ex, text):
    got = ex(text, issuer="NOR", date="2023-12-28", types=["visit"])
    assert [g[:3] for g in got].count(("visit", ("NOR",), ("CHL",))) == 1


def test_someone_called_on_is_no_traveller(ex):
    text = ("He then flew to Lima, where on Monday he called on Prime Minister Ana Soto. "
            "Foreign Minister Tomas Vale has returned to Oslo after a mission to Chile and "
            "Peru.")
    got = ex(text, issuer="NOR", date="2023-12-28", types=["visit"])
    assert [g[:3] for g in got].count(("visit", ("NOR",), ("PER",))) == 1
