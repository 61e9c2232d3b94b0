"""Two consecutive days written month first and joined by "and" ("March 11 and
12, 2024"): one span of days, with the year after them (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract._dates import find_dates


def _spans(text: str) -> list[tuple[int | None, ...]]:
    return [(d.y1, d.m1, d.d1, d.m2, d.d2) for d in find_dates(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("The talks were held in Lima on May 4 and 5, 2023.", [(2023, 5, 4, 5, 5)]),
    ("Official visit of the Minister, Quito, October 20 and 21, 2022",
     [(2022, 10, 20, 10, 21)]),
    ("The delegation stayed in Hanoi on July 8 and 9.", [(None, 7, 8, 7, 9)]),
])
def test_two_days_are_one_span(text: str, want: list[tuple[int | None, ...]]) -> None:
    assert _spans(text) == want


@pytest.mark.parametrize("text", [
    # two days apart: each its own date, the first read alone
    "The envoys met on May 4 and 9, 2023.",
    # a range after the second day is no pair
    "Sessions were held on May 4 and 5-6, 2023.",
])
def test_no_span_of_two_days(text: str) -> None:
    assert not any(d.d1 == 4 and d.d2 is not None for d in find_dates(text))
