"""A weekend told without a date ("over the weekend", "during the weekend", "last
weekend") in a past clause is the Saturday and Sunday before the document's day;
a weekend on which a report was issued dates no event, and a weekend with its own
date keeps that date (sentences of our own)."""

from __future__ import annotations

import datetime as _dt

import pytest

from communique.extract import extract_text
from communique.extract._date_tense import weekdays_ahead
from communique.extract._dates import find_dates, resolve

# Wednesday 20 March 2024: the weekend before is 16-17 March
_HEAD = "Lima, 20 March 2024\n\n"


@pytest.mark.parametrize("sentence", [
    "The Foreign Minister of Chile held talks with officials of Germany in Berlin over "
    "the weekend.",
    "Over the weekend, the Chilean Foreign Minister met the German Minister of State in "
    "Berlin.",
    "The Chilean Foreign Minister met his German counterpart in Berlin during the weekend "
    "to prepare the summit.",
    "Last weekend the Foreign Minister of Chile met the Chancellor of Germany in Berlin.",
])
def test_a_past_weekend_is_the_saturday_and_sunday_before(sentence):
    res = extract_text(_HEAD + sentence, issuer="CHL", date="2024-03-20")
    got = [(r.type, tuple(r.to), r.date.start, r.date.end) for r in res.records
           if r.type == "meeting"]
    assert got == [("meeting", ("DEU",), "2024-03-16", "2024-03-17")]


def test_a_weekend_told_on_a_sunday_ends_that_day():
    (dm,) = find_dates("The two ministers met over the weekend.")
    got = resolve(dm, 2024, _dt.date(2024, 3, 17))
    assert got.iso() == ("2024-03-16", "2024-03-17")


def test_a_weekend_in_a_clause_that_looks_ahead_is_the_coming_one():
    text = "The Minister will travel to Oslo over the weekend."
    dms = weekdays_ahead(text, 0, len(text), find_dates(text), _dt.date(2024, 3, 20))
    assert [d.iso() for d in dms] == [("2024-03-23", "2024-03-24")]


@pytest.mark.parametrize("sentence", [
    # the weekend of the report, not of the meeting
    "The Foreign Minister of Chile met the German Minister of State in Berlin, the "
    "ministry said in a statement issued over the weekend.",
    # a weekend with its own date
    "The Foreign Minister of Chile met the German Minister of State in Berlin on the "
    "weekend of 9 March.",
])
def test_a_weekend_of_a_report_or_with_a_date_is_not_the_one_before(sentence):
    res = extract_text(_HEAD + sentence, issuer="CHL", date="2024-03-20")
    starts = {r.date.start for r in res.records if r.type == "meeting"}
    assert starts and "2024-03-16" not in starts
