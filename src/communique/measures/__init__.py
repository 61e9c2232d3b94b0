"""Measures: what an event counts ("143 votes", "40 students", "USD 2 million").

    parse_measure("more than 100 young people") -> Quantity(100, "more_than", "people")
    format_measure(quantity)                    -> "more than 100 people"
    canonical_unit("dollars")                   -> "USD"

Every record carries ``measures`` (:class:`communique.model.Quantity`); an
amount's unit is its ISO 4217 currency code. The vocabulary (units, currencies,
qualifiers, number words) is data: ``data/units.toml``.
"""

from __future__ import annotations

from ._find import Found, attach_measures, find_measures
from ._parse import format_measure, parse_measure, parse_number
from ._units import canonical_unit, is_currency

__all__ = ["parse_measure", "format_measure", "parse_number", "canonical_unit", "is_currency",
           "Found", "find_measures", "attach_measures"]
