"""The vocabulary of measures (data in ``data/units.toml``), loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Vocabulary", "vocabulary", "canonical_unit", "is_currency"]


@dataclass(frozen=True)
class Vocabulary:
    units: dict[str, str]          # word -> canonical unit
    currencies: dict[str, str]     # word or sign -> ISO 4217 code
    codes: frozenset[str]          # the ISO 4217 codes known
    qualifiers: dict[str, str]     # phrase -> qualifier
    multipliers: dict[str, int]    # "million" -> 1000000
    numbers: dict[str, int]        # "fifteen" -> 15


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    text = resources.files("communique.measures").joinpath("data", "units.toml") \
        .read_text(encoding="utf-8")
    data = tomllib.loads(text)
    units = {w.lower(): unit for unit, words in data["units"].items() for w in [unit, *words]}
    currencies = {w.lower(): code for code, words in data["currencies"].items()
                  for w in [code, *words]}
    qualifiers = {w.lower(): q for q, words in data["qualifiers"].items() for w in words}
    return Vocabulary(units, currencies, frozenset(data["currencies"]), qualifiers,
                      {k.lower(): int(v) for k, v in data["multipliers"].items()},
                      {k.lower(): int(v) for k, v in data["numbers"].items()})


def canonical_unit(word: str | None) -> str | None:
    """``"young people"`` -> ``"people"``, ``"dollars"`` -> ``"USD"``; a word not
    in the vocabulary is kept (lower case, spaces squeezed)."""
    if word is None:
        return None
    w = " ".join(word.split()).lower()
    if not w:
        return None
    v = vocabulary()
    return v.currencies.get(w) or v.units.get(w) or w


def is_currency(unit: str | None) -> bool:
    """Is ``unit`` an ISO 4217 code of the vocabulary (an amount)?"""
    return unit is not None and unit in vocabulary().codes
