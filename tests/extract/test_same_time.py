"""A sentence that opens on "the same month" or "the same day" takes the time
of the event told before it, even in a review, where undated events otherwise
take only the year (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("second", "date"), [
    ("In the same month, the Minister travelled to Ottawa for talks.", "2024-03"),
    ("That same month the Minister paid an official visit to Canada.", "2024-03"),
    ("On the same day, the Minister travelled to Ottawa.", "2024-03-07"),
])
def test_the_same_month_or_day_is_the_time_of_the_event_before(ex, second, date):
    text = ("Review of the year 2024\n\nThe President paid a state visit to Paris on 7 March. "
            + second)
    assert ("visit", ("MDA",), ("CAN",), date) in ex(text, issuer="MDA", date="2024")


def test_without_the_same_time_a_reviews_undated_event_takes_the_year(ex):
    text = ("Review of the year 2024\n\nThe President paid a state visit to Paris on 7 March. "
            "The Minister also travelled to Ottawa for talks.")
    assert ("visit", ("MDA",), ("CAN",), "2024") in ex(text, issuer="MDA", date="2024")
