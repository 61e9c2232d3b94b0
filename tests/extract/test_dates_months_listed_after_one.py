"""A month named after another month and "and" or a comma ("in May and June", "in April,
May and June") is a date too: the first carries the preposition for all (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._dates import find_dates


@pytest.mark.parametrize(("text", "months"), [
    ("Consultations were held in May and June.", [5, 6]),
    ("The Minister travelled in April, May and June.", [4, 5, 6]),
    ("during March and April", [3, 4]),
    ("in May and on 12 June", [5, 6]),
])
def test_months_listed_after_a_month_are_dates(text: str, months: list[int]) -> None:
    assert [d.m1 for d in find_dates(text)] == months


def test_may_the_verb_makes_no_month_of_what_follows() -> None:
    assert find_dates("You may and June will decide.") == []


def test_respectively_takes_each_month_for_each_partner() -> None:
    text = ("Our diplomacy in 2025\n\n30 December 2025\n\nConsultations with Canada and India "
            "were held in May and June respectively.")
    recs = extract_text(text, issuer="POL").records
    got = sorted((r.to[0], r.date.start) for r in recs if r.type == "consultation")
    assert got == [("CAN", "2025-05"), ("IND", "2025-06")]
