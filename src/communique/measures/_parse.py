"""One measure written by a person: ``"143 votes"``, ``"more than 100 young people"``,
``"USD 2.5 million"``, ``"$300,000"``, ``"about 80 countries"``."""

from __future__ import annotations

import re

from ..errors import UsageError
from ..model import QUALIFIERS, Quantity
from ._units import canonical_unit, vocabulary

__all__ = ["parse_measure", "format_measure", "parse_number"]

_NUMBER = re.compile(r"^(?:\d{1,3}(?:[, \u00a0]\d{3})+|\d+)(?:\.\d+)?$")


def parse_number(word: str) -> int | float | None:
    """Digits (``1,500``, ``2.5``) or a number word (``fifteen``); ``None`` if neither."""
    w = word.strip().lower()
    v = vocabulary()
    if w in v.numbers:
        return v.numbers[w]
    if not _NUMBER.match(w):
        return None
    n = float(re.sub(r"[, \u00a0]", "", w))
    return int(n) if n.is_integer() else n


def _take(words: list[str], table: dict[str, str]) -> tuple[str | None, list[str]]:
    """The longest phrase of ``table`` that ``words`` start with."""
    for n in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[:n]).lower()
        if phrase in table:
            return table[phrase], words[n:]
    return None, words


def parse_measure(text: str) -> Quantity:
    """Read one measure; raises :class:`UsageError` saying how to write it."""
    v = vocabulary()
    spaced = re.sub(r"^([$€£₼])\s*", r"\1 ", text.strip())
    words = spaced.replace("_", " ").split()
    qualifier, words = _take(words, {**v.qualifiers, **{q.replace("_", " "): q
                                                        for q in QUALIFIERS}})
    currency, words = _take(words, v.currencies)
    value = None
    if words:
        for n in (2, 1):  # "a dozen", "a hundred"
            value = parse_number(" ".join(words[:n]))
            if value is not None:
                words = words[n:]
                break
    if value is None:
        raise UsageError(f"measure {text!r}: write a number and its unit, e.g. '143 votes', "
                         "'more than 100 participants', 'USD 2.5 million' or '3000 tonnes'")
    if words and words[0].lower() in v.multipliers:
        value = value * v.multipliers[words.pop(0).lower()]
        value = int(value) if float(value).is_integer() else value
    rest = " ".join(words)
    unit = currency or canonical_unit(rest)
    if currency and rest:
        raise UsageError(f"measure {text!r}: an amount has its currency and no other unit")
    return Quantity(value, qualifier or "exactly", unit)


def format_measure(q: Quantity) -> str:
    """``Quantity(100, "more_than", "people")`` -> ``"more than 100 people"``."""
    value = f"{q.value:,}" if isinstance(q.value, int) else f"{q.value:,.2f}".rstrip("0") \
        .rstrip(".")
    head = "" if q.qualifier == "exactly" else q.qualifier.replace("_", " ") + " "
    return f"{head}{value} {q.unit}".strip() if q.unit else f"{head}{value}"
