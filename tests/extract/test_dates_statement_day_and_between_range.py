"""Two time expressions that are not the event's own: the day of the statement
reporting it ("..., the ministry said in a statement on Friday") is no day of
the event; "between 6 and 9 May" is one stay from the first day to the last,
not a list of two days (sentences of our own)."""

from __future__ import annotations

import pytest

# 2024-05-10 is a Friday: Wednesday is 8 May
HEAD = "Warsaw, 10 May 2024\n\n"
ARGS = {"issuer": "POL", "date": "2024-05-10"}


@pytest.mark.parametrize("text", [
    "The two ministers held talks in Warsaw on Wednesday, the ministry said in a statement "
    "on Friday.",
    "The two ministers held talks in Warsaw on Wednesday, the ministry announced in a press "
    "release on Friday.",
    "The two ministers held talks in Warsaw on Wednesday, according to the ministry, which "
    "said in its readout on Friday that the talks were frank.",
])
def test_the_statements_day_is_not_the_events(ex, text):
    got = ex(HEAD + "The Foreign Minister of Norway is visiting Poland. " + text, **ARGS,
             types={"meeting"})
    assert [g[3] for g in got] == ["2024-05-08"]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("Between 6 and 9 May, the Minister paid an official visit to Japan.",
     "2024-05-06", "2024-05-09"),
    ("The President made a state visit to India between 28 April and 2 May.",
     "2024-04-28", "2024-05-02"),
    ("Between April 29 and May 3, the Minister was on a working visit to Kenya.",
     "2024-04-29", "2024-05-03"),
])
def test_between_two_days_is_one_stay(text, start, end):
    from communique.extract import extract_text

    res = extract_text(HEAD + text, **ARGS)
    visits = [r for r in res.records if r.type == "visit"]
    assert [(r.date.start, r.date.end) for r in visits] == [(start, end)]


def test_between_two_years_is_no_range():
    from communique.extract._dates import find_dates

    text = "trade between 2020 and 2022 grew by a third"
    assert [d.iso() for d in find_dates(text)] == [("2020", None), ("2022", None)]
