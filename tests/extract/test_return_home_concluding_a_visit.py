"""An official's return home that concludes a visit told with its days ("returned
home today, concluding his visit to Kenya from 3 to 4 April"): one visit on those
days, none on the day of return, and no consular work; nationals who returned home
still are consular work (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-04-05"


@pytest.mark.parametrize("text", [
    "The Prime Minister returned home today, concluding his visit to Kenya from 3 to 4 "
    "April, where he attended the summit.",
    "The President returned home this morning, ending her official visit to Kenya from 3 "
    "to 4 April.",
    "The Minister and the delegation returned home yesterday, wrapping up their working "
    "visit to Kenya of 3 and 4 April.",
    "Rt. Hon. Prime Minister Mr. Arjun Thapa returned home today, concluding his visit to "
    "Kenya from 3 to 4 April 2024 to attend the summit held in Nairobi.",
])
def test_the_return_home_concluding_a_visit_dates_it_by_its_own_days(ex, text):
    got = ex(text, date=_DAY, types=["visit", "consular"])
    assert got == [("visit", ("GEO",), ("KEN",), "2024-04-03")]


def test_nationals_returned_home_are_consular_work(ex):
    text = "More than 300 Georgian nationals returned home safely from Sudan on Tuesday."
    got = ex(text, date=_DAY, types=["consular"])
    assert [g[0] for g in got] == ["consular"]
