"""A bare weekday in a text with no dateline and no date given ("Minister A,
Thursday, had a meeting with ...") is the one day of that weekday the text names
elsewhere in a sentence telling an event ("heads the delegation to the session of 6
and 7 March 2025"); with two such days, a day named only in passing ("took office on
7 March"), or a day to count from, it is read as before (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, date: str | None = None):
    recs = extract_text(text, issuer="CHL", date=date).records
    return sorted((tuple(r.to), r.date.start) for r in recs if r.type == "meeting")


# 6 March 2025 is a Thursday
@pytest.mark.parametrize("text", [
    "Minister Rui Sol, Thursday, had a meeting with his Kenyan counterpart.\n\n"
    "The Minister heads the delegation to the council session in Nairobi on "
    "March 6 and 7, 2025.",
    "On Thursday, Minister Rui Sol met with the Foreign Minister of Kenya in Nairobi.\n\n"
    "The Minister takes part in the council session held from 5 to 7 March 2025, before "
    "the summit of 9 March.",
    "Minister Rui Sol met Thursday with the Kenyan Foreign Minister on the sidelines of "
    "the council.\n\nThe Minister attends the council in Nairobi on 6-7 March 2025.",
    "The council meets in Nairobi on 6 and 7 March 2025.\n\n"
    "Minister Rui Sol held talks on Thursday with his counterpart from Kenya.",
])
def test_the_weekday_is_the_named_day(text):
    assert _meetings(text) == [(("KEN",), "2025-03-06")]


def test_two_named_days_of_that_weekday_leave_the_year():
    text = ("Minister Rui Sol, Thursday, had a meeting with his Kenyan counterpart.\n\n"
            "The council session is held on 6 and 7 March 2025, and the summit on 13 and "
            "14 March 2025.")
    assert _meetings(text) == [(("KEN",), "2025")]


def test_no_named_day_of_that_weekday_leaves_the_year():
    text = ("Minister Rui Sol, Monday, had a meeting with his Kenyan counterpart.\n\n"
            "The council sits in Nairobi on 6 and 7 March 2025.")
    assert _meetings(text) == [(("KEN",), "2025")]


def test_a_date_given_is_still_the_day_counted_from():
    text = ("Minister Rui Sol, Thursday, had a meeting with his Kenyan counterpart.\n\n"
            "The council sits in Nairobi on 6 and 7 March 2025.")
    assert _meetings(text, "2025-03-15") == [(("KEN",), "2025-03-13")]


def test_a_day_named_in_passing_is_not_the_weekdays():
    text = ("Minister Rui Sol, Thursday, had a meeting with his Kenyan counterpart.\n\n"
            "The Kenyan minister took office on 6 March 2025.")
    assert _meetings(text) == [(("KEN",), "2025")]
