"""With only the year of a document given, the day its own dateline names bounds the
past as a full date given would: a past event told in a bare month later than that
day is last year's ("recalled his visit to Kenya in November" under "Accra, 14
January 2025"); a month before it, or one given with its year, stays (sentences of
our own)."""

from __future__ import annotations

import pytest

_LINE = "Accra, 14 January 2025 - The President met the Ambassador of Peru. "


@pytest.mark.parametrize(("text", "month"), [
    ("The Minister recalled his visit to Kenya in November.", "2024-11"),
    ("They welcomed the progress made during the Interior Minister's visit to Kenya in "
     "October.", "2024-10"),
    ("The Kenyan President, who visited Ghana in December, was thanked for it.", "2024-12"),
    ("The Minister recalled his visit to Kenya in November 2025.", "2025-11"),
    ("The Minister recalled his visit to Kenya earlier in January.", "2025-01"),
])
def test_a_bare_month_after_the_dateline_is_last_years(ex, text, month):
    got = ex(_LINE + text, issuer="GHA", date="2025", types=["visit"])
    assert [g[3] for g in got] == [month]


def test_a_full_date_given_still_bounds_the_past(ex):
    got = ex("The Minister recalled his visit to Kenya in November.", issuer="GHA",
             date="2025-01-14", types=["visit"])
    assert [g[3] for g in got] == ["2024-11"]


def test_with_no_dateline_the_year_given_holds(ex):
    got = ex("The Minister recalled his visit to Kenya in November.", issuer="GHA",
             date="2025", types=["visit"])
    assert [g[3] for g in got] == ["2025-11"]


def test_a_day_named_without_its_year_bounds_nothing(ex):
    # (the first day a text names, without a year, is an event's, no dateline)
    got = ex("The Minister was in Chile on 15 March. He recalled his visit to Kenya in "
             "November.", issuer="GHA", date="2025", types=["visit"])
    assert sorted(g[3] for g in got) == ["2025-03-15", "2025-11"]
