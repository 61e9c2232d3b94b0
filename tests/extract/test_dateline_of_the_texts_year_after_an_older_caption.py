"""A photo caption above a story may carry an older picture's day ("FILE PHOTO: ...
October 8, 2021"); the story's own dateline below it, of the text's year, is the day
its "on Wednesday" counts from (texts of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import find_dateline

STORY = ("LIMA (Reuters) – Peruvian Foreign Minister Ana Soto and her Chilean counterpart on "
         "Wednesday discussed trade in Lima.")


@pytest.mark.parametrize("head", [
    "FILE PHOTO: The Foreign Minister speaks to the press in Lima, Peru October 8, 2021. "
    "REUTERS/Staff\n\nMarch 23, 2022\n\n",
    "Photo: the Minister at the summit, 12 May 2020 (archive)\n\n23 March 2022\n\n",
    "FILE PHOTO: Ministers meet in Quito on June 1, 2019.\nMarch 23, 2022\n",
    "Archive picture taken on 30 November 2021\n\nPublished 23 March 2022\n\n",
])
def test_the_texts_own_day_after_an_older_caption(ex, head):
    assert find_dateline(head + STORY, 2022) == dt.date(2022, 3, 23)
    assert ex(head + STORY, issuer="PER", date="2022", types={"meeting"}) == [
        ("meeting", ("PER",), ("CHL",), "2022-03-23")]


def test_with_no_day_of_the_year_the_first_day_still_counts():
    # (a publication of January carrying a story of the last days of December)
    text = "Lima, December 30, 2021\n\nThe Minister met the Foreign Minister of Chile."
    assert find_dateline(text, 2022) == dt.date(2021, 12, 30)


def test_with_no_year_given_the_first_day_counts():
    text = ("FILE PHOTO: taken October 8, 2021\n\nMarch 23, 2022\n\nThe Minister met the "
            "Foreign Minister of Chile.")
    assert find_dateline(text) == dt.date(2021, 10, 8)
