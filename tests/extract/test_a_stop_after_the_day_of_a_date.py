"""A stop written after the day, as Central European pages write their dates
("Tuesday, 7. October 2014", "3. June 2019"), is a date when a capitalised
month and a year follow; a number ending a sentence before a month name
without a year stays no date (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract.text import find_dates


@pytest.mark.parametrize(("text", "ymd"), [
    ("Tuesday, 7. October 2014. 09:12", (2014, 10, 7)),
    ("The delegation arrived in Skopje on 3. June 2019 for two days.", (2019, 6, 3)),
    ("Published: 22. November, 2016", (2016, 11, 22)),
    ("Ljubljana, 1. March 2021 - The Speaker received the Ambassador of Chile.", (2021, 3, 1)),
])
def test_a_day_with_a_stop_before_its_month_and_year_is_a_date(text, ymd):
    d = find_dates(text)[0]
    assert (d.y1, d.m1, d.d1) == ymd


@pytest.mark.parametrize("text", [
    "The list has item 5. March was the month of the vote.",
    "They scored 2. May brings the next round.",
])
def test_a_number_ending_a_sentence_before_a_month_is_no_day(text):
    assert all(d.d1 is None for d in find_dates(text))


def test_a_dateline_with_a_stop_after_the_day_dates_talks_held_today(ex):
    text = ("Wednesday, 12. June 2019. 11:05\n\n"
            "The Speaker of the Parliament, Mr Janez Novak, held talks today with Mr Petar "
            "Ilic, the Minister of Foreign Affairs of North Macedonia.")
    assert ex(text, issuer="SVN", date="2019", types=["meeting"]) == [
        ("meeting", ("SVN",), ("MKD",), "2019-06-12")]
