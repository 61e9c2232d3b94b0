"""A title that closes with one month ("The Cabinet's 15 Trips Abroad in March",
"Ministers' travels during October 2023") names the time of all the text tells: with
only the year known and no dateline, its undated events take that month (texts of our
own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, date: str) -> list[tuple]:
    recs = extract_text(text, issuer="CAN", date=date).records
    return sorted((tuple(r.to), r.date.start) for r in recs if r.type == "visit")


@pytest.mark.parametrize(("title", "month"), [
    ("The Cabinet's 15 Trips Abroad in March", "2023-03"),
    ("Ministers' travels during October 2023", "2023-10"),
    ("Where our ministers went this July", "2023-07"),
    ("Government travel abroad, September", "2023-09"),
])
def test_the_undated_events_take_the_titles_month(title: str, month: str) -> None:
    text = (f"{title}\nThe Foreign Minister visited Chile and Peru. The Trade Minister "
            "travelled to Japan.")
    assert _visits(text, "2023") == [(("CHL",), month), (("JPN",), month), (("PER",), month)]


@pytest.mark.parametrize(("text", "date", "day"), [
    # a title naming two months sets none
    ("Trips abroad in March and April\nThe Foreign Minister visited Chile.", "2023", "2023"),
    # a month of another year
    ("Trips abroad in March 2021\nThe Foreign Minister visited Chile.", "2023", "2023"),
    # the document's day is known: it stays
    ("Trips abroad in March\nThe Foreign Minister visited Chile.", "2023-04-02",
     "2023-04-02"),
    # a first line that is a sentence, not a title
    ("The Minister will report on the talks held in May.\nThe Foreign Minister visited "
     "Chile.", "2023", "2023"),
])
def test_no_month_is_set(text: str, date: str, day: str) -> None:
    assert _visits(text, date) == [(("CHL",), day)]
