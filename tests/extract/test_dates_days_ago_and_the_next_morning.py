""""Two days ago", "three days ago" count back from the text's day (a text dated to
its year only keeps the year); "The next morning" after a day told is the day after
it, as "The next day" is (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("Two days ago, the Minister held a phone call with the Foreign Minister of Austria.",
     "2024-03-12"),
    ("The Minister spoke by phone with the Foreign Minister of Austria three days ago.",
     "2024-03-11"),
    ("Five days ago the Minister had a telephone conversation with the Austrian Foreign "
     "Minister.", "2024-03-09"),
])
def test_days_ago_count_back_from_the_texts_day(ex, text, day):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["call"])
    assert got == [("call", ("GEO",), ("AUT",), day)]


def test_days_ago_in_a_text_of_a_year_keep_the_year(ex):
    got = ex("Two days ago, the Minister held a phone call with the Foreign Minister of "
             "Austria.", issuer="GEO", date="2024", types=["call"])
    assert got == [("call", ("GEO",), ("AUT",), "2024")]


def test_years_ago_stay_years(ex):
    got = ex("Two years ago, the Minister paid an official visit to Austria.", issuer="GEO",
             date="2024-03-14", types=["visit"])
    assert got == [("visit", ("GEO",), ("AUT",), "2022")]


@pytest.mark.parametrize("text", [
    "On Tuesday evening, the Minister arrived in Paris. The next morning he met the "
    "French Foreign Minister.",
    "The Minister arrived in Paris on 12 March. The following morning, he held talks "
    "with the French Foreign Minister.",
])
def test_the_next_morning_is_the_day_after(ex, text):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("FRA",), "2024-03-13")]
