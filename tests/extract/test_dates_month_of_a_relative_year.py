"""A month joined to a year told relatively ("in April last year", "last year in
April", "in April of last year", "this year in January") is that month of that
year, not the year alone (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._dates import find_dates, resolve


def _visit_days(text: str, date: str = "2025-02-25") -> list[str | None]:
    recs = extract_text(text, issuer="CHL", date=date).records
    return [r.date.start for r in recs if r.type == "visit"]


@pytest.mark.parametrize(("text", "month"), [
    ("The President of Chile visited Peru in April last year.", "2024-04"),
    ("The President of Chile visited Peru last year in April.", "2024-04"),
    ("The President of Chile visited Peru in April of last year.", "2024-04"),
    ("The President of Chile visited Peru last year, in November.", "2024-11"),
    ("The President of Chile visited Peru earlier this year in January.", "2025-01"),
    ("The ministers reviewed the agreements reached during the President's visit to Peru "
     "last year in April.", "2024-04"),
])
def test_the_month_of_a_relative_year(text: str, month: str) -> None:
    assert _visit_days(text) == [month]


def test_a_relative_year_alone_stays_a_year() -> None:
    assert _visit_days("The President of Chile visited Peru last year.") == ["2024"]


def test_a_month_and_a_relative_year_apart_are_two_times() -> None:
    # "in April" dates the talks, "last year" another occasion named after it
    text = "In April the ministers met in Lima, as agreed at their meeting last year."
    found = [resolve(d, 2025, None).iso()[0] for d in find_dates(text)]
    assert "2025-04" in found
