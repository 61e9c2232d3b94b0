"""A date line that gives the day, then its weekday, then the month and year ("14th
Wednesday, June 2023", "3 Friday March 2023") is that day, read only when the weekday
is that day's ("15th Wednesday, June 2023" is no day); the weekdays of the text count
from it (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract._dates import find_dates

_BODY = ("The Foreign Minister of Kenya, who landed in Ghana on Monday, met on Tuesday with "
         "the Foreign Minister of Ghana in Accra.")


@pytest.mark.parametrize("line", [
    "14th Wednesday, June 2023 - 10:40 GMT",
    "14 Wednesday June 2023",
    "14th Wednesday, June, 2023",
])
def test_a_day_weekday_month_year_line_dates_the_text(ex, line):
    text = f"Kenyan minister in Accra\n\n{line}\n\n{_BODY}"
    got = ex(text, issuer="GHA", date="2023", types=["meeting", "visit"])
    assert got == [("meeting", ("GHA",), ("KEN",), "2023-06-13"),
                   ("visit", ("KEN",), ("GHA",), "2023-06-12")]


@pytest.mark.parametrize("said", [
    "15th Wednesday, June 2023",   # 15 June 2023 was a Thursday
    "2nd Monday, June 2023",       # 2 June 2023 was a Friday
])
def test_a_weekday_that_is_not_the_days_gives_no_day(said):
    assert not any(d.d1 for d in find_dates(said))


def test_the_day_weekday_month_year_is_one_mention():
    (d,) = find_dates("Posted 3rd Friday, March 2023 at noon")
    assert (d.y1, d.m1, d.d1) == (2023, 3, 3)
