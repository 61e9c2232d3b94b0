"""A month abbreviated with a stop and its day written straight after it, with no
space ("On Sept.8-9", "Jan.12", "Nov.3-4"), is the day (or the days) of that month,
not the month alone; a year after the stop ("Feb.2024") stays a month of that year
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract.text import find_dates


@pytest.mark.parametrize(("text", "first", "last"), [
    ("On Sept.8-9, the Prime Minister paid an official visit to Peru.", (2023, 9, 8),
     (2023, 9, 9)),
    ("On Jan.12, the Foreign Minister travelled to Chile.", (2023, 1, 12), None),
    ("The President visited Norway on Nov.3-4 and met King Harald.", (2023, 11, 3),
     (2023, 11, 4)),
    ("The envoys met on Oct.30 and 31 in Geneva.", (2023, 10, 30), (2023, 10, 31)),
])
def test_the_day_after_the_stop_is_read(text, first, last):
    d = find_dates(text)[0]
    assert (d.m1, d.d1) == first[1:]
    assert (d.m2, d.d2) == ((last[1], last[2]) if last else (None, None))


@pytest.mark.parametrize("text", [
    "The Minister paid an official visit to Peru in Feb.2024 for talks.",
    "The Minister paid an official visit to Peru in Dec.2023.",
])
def test_a_year_after_the_stop_is_no_day(text):
    assert all(d.d1 is None for d in find_dates(text))


def test_a_visit_dated_so_has_its_day(ex):
    text = "On Sept.8-9, the Prime Minister paid an official visit to Peru."
    assert ex(text, issuer="KEN", date="2023", types=["visit"]) == [
        ("visit", ("KEN",), ("PER",), "2023-09-08")]
