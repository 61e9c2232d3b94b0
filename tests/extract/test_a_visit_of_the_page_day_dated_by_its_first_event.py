"""A visit told with no day of its own in a text with a page date takes that date;
when an event in person with its host is told after it on a day of the week before
the page's day, the visit started then (sentences of our own). A visit told as of
the page's day ("today", "concluded") keeps it."""

from __future__ import annotations

import pytest

_DATE = "Date: 2019-05-16\n\n"


@pytest.mark.parametrize("text", [
    "The Prime Minister of Grenada is on an official visit to Peru. "
    "On Tuesday 14 May, Prime Minister Mitchell held talks with the Foreign Minister of Peru.",
    "Prime Minister Keith Mitchell has been paying a working visit to Peru.\n\n"
    "After arriving on Tuesday, he met with the Peruvian Minister of Trade.",
    "Grenada's Prime Minister is in Peru for an official visit with a large delegation. "
    "He met Peru's President on 14 May in Lima.",
])
def test_the_visit_starts_on_the_day_of_its_first_event(ex, text):
    got = ex(_DATE + text, issuer="GRD", date="2019-05-16", types=["visit", "meeting"])
    assert ("visit", ("GRD",), ("PER",), "2019-05-14") in got
    assert ("meeting", ("GRD",), ("PER",), "2019-05-14") in got


@pytest.mark.parametrize("text", [
    # told as of the page's day
    "The Prime Minister of Grenada concluded an official visit to Peru today. "
    "On Tuesday 14 May, Prime Minister Mitchell held talks with the Foreign Minister of Peru.",
    # an event with the host a month before is another occasion
    "The Prime Minister of Grenada is on an official visit to Peru. "
    "Prime Minister Mitchell last met the Foreign Minister of Peru on 2 April 2019.",
])
def test_the_visit_keeps_the_page_day(ex, text):
    got = ex(_DATE + text, issuer="GRD", date="2019-05-16", types=["visit"])
    assert got == [("visit", ("GRD",), ("PER",), "2019-05-16")]


def test_an_arrival_keeps_the_pages_day(ex):
    # an arrival is told as of its own day, the page's: events told after it that fall
    # earlier do not move it
    text = ("The Minister of Foreign Affairs of Georgia arrived in Lima to co-chair the joint "
            "commission. On Saturday the Minister held talks with the Peruvian Foreign "
            "Minister in Lima.")
    got = ex(text, issuer="GEO", date="2023-11-13", types=["visit"])
    assert got == [("visit", ("GEO",), ("PER",), "2023-11-13")]
