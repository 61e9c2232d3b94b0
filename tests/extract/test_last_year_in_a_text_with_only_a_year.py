""""Last year", "this year" and "next year" in a text whose year is known but no day
(a year given with --date, no dateline) resolve against that year, as they do
against a dateline; relative days ("yesterday") still need a day (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "year"), [
    ("Last year the Minister paid an official visit to Chile.", "2022"),
    ("The Minister paid an official visit to Chile last year.", "2022"),
    ("This year the Minister signed an agreement with Chile on visas.", "2023"),
])
def test_a_relative_year_resolves_against_the_documents_year(ex, text, year):
    got = ex(text, date="2023", types=["visit", "agreement"])
    assert [g[3] for g in got] == [year]


def test_a_relative_day_needs_a_day(ex):
    got = ex("Yesterday the Minister met the Ambassador of Chile.", date="2023",
             types=["meeting"])
    assert [g[3] for g in got] == ["2023"]


def test_in_a_review_last_year_is_the_year_reviewed(ex):
    got = ex("Review of the year 2023\n\nLast year, the Minister paid an official visit to "
             "Chile.", date="2023", types=["visit"])
    assert [g[3] for g in got] == ["2023"]
