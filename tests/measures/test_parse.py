from __future__ import annotations

import pytest

from communique.errors import UsageError
from communique.measures import canonical_unit, format_measure, is_currency, parse_measure
from communique.model import Quantity


@pytest.mark.parametrize(("text", "expected"), [
    ("143 votes", Quantity(143, "exactly", "votes")),
    ("more than 100 young people", Quantity(100, "more_than", "people")),
    ("about 80 countries", Quantity(80, "about", "countries")),
    ("fifteen foreign diplomats", Quantity(15, "exactly", "diplomats")),
    ("at least 2,000 tonnes", Quantity(2000, "at_least", "tonnes")),
    ("1.5 million doses", Quantity(1500000, "exactly", "doses")),
    ("more_than 40 students", Quantity(40, "more_than", "students")),
    ("137 co-sponsors", Quantity(137, "exactly", "co-sponsors")),
])
def test_a_measure_reads_qualifier_number_and_canonical_unit(text, expected):
    assert parse_measure(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("USD 2.5 million", Quantity(2500000, "exactly", "USD")),
    ("$300,000", Quantity(300000, "exactly", "USD")),
    ("about 40 thousand euros", Quantity(40000, "about", "EUR")),
    ("5 million manat", Quantity(5000000, "exactly", "AZN")),
])
def test_an_amount_has_its_currency_code_as_unit(text, expected):
    got = parse_measure(text)
    assert got == expected and is_currency(got.unit)


def test_an_unknown_unit_is_kept_as_written():
    assert parse_measure("12 Concerts").unit == "concerts"
    assert not is_currency("concerts")


@pytest.mark.parametrize("text", ["", "votes", "many people", "USD 5 tonnes"])
def test_a_measure_without_a_number_says_how_to_write_one(text):
    with pytest.raises(UsageError, match="measure"):
        parse_measure(text)


def test_format_writes_the_measure_back_readably():
    assert format_measure(Quantity(100, "more_than", "people")) == "more than 100 people"
    assert format_measure(Quantity(2500000, "exactly", "USD")) == "2,500,000 USD"
    assert format_measure(Quantity(2.5, "about", "tonnes")) == "about 2.5 tonnes"
    assert parse_measure(format_measure(Quantity(2500000, "about", "USD"))) == \
        Quantity(2500000, "about", "USD")


def test_canonical_units_fold_synonyms():
    assert canonical_unit("Member States") == "countries"
    assert canonical_unit("dollars") == "USD"
    assert canonical_unit(None) is None
