"""A range of days whose last day is opened by its weekday ("from Friday, 29 July until
Sunday, 31 July", "from Thursday, July 28 through Saturday, July 30") is one stay, not
two occasions (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[str | None, str | None]]:
    recs = extract_text(text, issuer="KEN", date="2022-08-05").records
    return [(r.date.start, r.date.end) for r in recs if r.type == "visit"]


def test_until_with_weekdays_and_ordinals() -> None:
    assert _visits("Foreign Minister Raychelle Omamo is on a visit to Ghana from "
                   "Friday, 29th July until Sunday, 31st July.") == [("2022-07-29", "2022-07-31")]


def test_to_with_weekdays() -> None:
    assert _visits("The Cabinet Secretary travelled to Uganda from Monday, 1 August to "
                   "Wednesday, 3 August.") == [("2022-08-01", "2022-08-03")]


def test_through_with_the_month_first() -> None:
    assert _visits("The minister visited Rwanda from Thursday, July 28 through "
                   "Saturday, July 30, 2022.") == [("2022-07-28", "2022-07-30")]


def test_two_days_told_apart_stay_two() -> None:
    assert _visits("The minister visited Rwanda on Monday, 25 July and visited Burundi "
                   "on Friday, 29 July.") == [("2022-07-25", None), ("2022-07-29", None)]


@pytest.mark.parametrize(("text", "span"), [
    # other phrasings (generality audit): a comma closing the first day, "between ... and"
    ("The minister visited Ethiopia from Monday, August 1st, until Wednesday, August 3rd.",
     ("2022-08-01", "2022-08-03")),
    ("From Friday, 29 July, through Sunday, 31 July, the Foreign Minister paid an official "
     "visit to Egypt.", ("2022-07-29", "2022-07-31")),
    ("Ms Omamo travelled to Somalia between Tuesday, 26 July and Thursday, 28 July 2022.",
     ("2022-07-26", "2022-07-28")),
])
def test_other_phrasings_of_a_range_with_weekdays(text: str, span: tuple[str, str]) -> None:
    assert _visits(text) == [span]
