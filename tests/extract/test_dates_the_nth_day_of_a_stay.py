"""A sentence opened by the day of a stay or a session it falls on ("On the second
day of the visit, ...", "On his second day in Prague, ...", "On the last day of the
summit, ...") after the days were told is on that day, not the whole span; "Later
that day" goes on from it (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("The Minister visited Czechia on 10-11 June. On the second day of the visit, he met "
     "Foreign Minister Lipavsky.", "2022-06-11"),
    ("The Minister visited Czechia on 10-11 June. On his second day in Prague, the "
     "Minister met Foreign Minister Lipavsky.", "2022-06-11"),
    ("The Minister paid an official visit to Czechia on 10-12 June. On the last day of the "
     "visit, he met Foreign Minister Lipavsky.", "2022-06-12"),
    ("The Minister paid an official visit to Czechia from 10 to 12 June. On the first day "
     "of the visit, he held talks with Foreign Minister Lipavsky.", "2022-06-10"),
    ("The Minister visited Czechia on 10-11 June. On his second day in Prague, the "
     "Minister opened a festival of Georgian cinema. Later that day, he met Foreign "
     "Minister Lipavsky.", "2022-06-11"),
])
def test_the_nth_day_of_the_days_told(ex, text, day):
    got = ex(text, issuer="GEO", date="2022-06-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CZE",), day)]


def test_a_day_beyond_the_days_told_is_not_invented(ex):
    got = ex("The Minister visited Czechia on 10-11 June. On the third day of the visit, he "
             "met Foreign Minister Lipavsky.", issuer="GEO", date="2022-06-14",
             types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CZE",), "2022-06-10")]


def test_the_nth_day_of_the_stay_after_a_day_told_within_it(ex):
    text = ("The Minister visited Czechia on 10-11 June. On 10 June, he met the Speaker of "
            "the Chamber of Deputies. On his second day in Prague, the Minister opened a "
            "festival of Georgian cinema. Later that day, he held talks with Foreign "
            "Minister Lipavsky.")
    got = ex(text, issuer="GEO", date="2022-06-14", types=["meeting"])
    assert sorted(g[3] for g in got) == ["2022-06-10", "2022-06-11"]


@pytest.mark.parametrize(("text", "day"), [
    ("The Minister visited Czechia on 10-11 June. On day two of the visit, he met Foreign "
     "Minister Lipavsky.", "2022-06-11"),
    ("The Minister visited Czechia from 10 to 12 June. On the third day, he met Foreign "
     "Minister Lipavsky.", "2022-06-12"),
    ("The Minister was in Czechia on 10-12 June. On the final day of his visit, the "
     "Minister held talks with Foreign Minister Lipavsky.", "2022-06-12"),
])
def test_the_nth_day_told_by_a_number_or_bare(ex, text, day):
    # generality audit (audit3): "day two", a bare "On the third day,"
    got = ex(text, issuer="GEO", date="2022-06-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CZE",), day)]
