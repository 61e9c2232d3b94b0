from __future__ import annotations

import datetime as dt

import pytest

from communique.extract._dates import find_dates, resolve


def _iso(text: str, year: int | None = None, dateline: dt.date | None = None):
    return [resolve(d, year, dateline).iso() for d in find_dates(text)]


def test_dates_range_month_first():
    assert _iso("on November 27-28, 2021 in Ashgabat") == [("2021-11-27", "2021-11-28")]


def test_dates_range_day_first():
    assert _iso("held on 13-17 December 2021") == [("2021-12-13", "2021-12-17")]


def test_dates_list_carries_the_year_back():
    assert _iso("(June 15-16 and October 26, 2021)") == [("2021-06-15", "2021-06-16"),
                                                        ("2021-10-26", None)]


def test_dates_partial_date_takes_document_year():
    assert _iso("On 13 December the Minister", year=2022) == [("2022-12-13", None)]


def test_dates_month_ranges_and_months():
    assert _iso("from September to December 2021") == [("2021-09", "2021-12")]
    assert _iso("in January 2021") == [("2021-01", None)]


def test_dates_relative_days_use_the_dateline():
    friday = dt.date(2012, 7, 27)
    assert _iso("ended on Thursday", dateline=friday) == [("2012-07-26", None)]
    assert _iso("attended today", dateline=friday) == [("2012-07-27", None)]


def test_dates_terms_of_office_are_not_dates():
    assert _iso("a member for 2021-2025") == []


def test_dates_impossible_day_is_ignored():
    assert _iso("on 31 February 2023") == []


def test_dates_a_month_alone_in_parentheses_is_a_date():
    text = "visits by the ministers of Chile (February) and Peru (May)"
    assert [(text[d.start:d.end], d.m1) for d in find_dates(text)] == [("February", 2), ("May", 5)]


def test_dates_numeric_forms_day_first_and_iso():
    text = "on 16.02.2025, on 2023-06-15, on 15/06/2023 and on 06/15/2023; not 31.02.2023"
    got = [(d.y1, d.m1, d.d1) for d in find_dates(text) if d.d1]
    assert got == [(2025, 2, 16), (2023, 6, 15), (2023, 6, 15), (2023, 6, 15)]


def test_dates_day_and_month_in_brackets_after_a_weekday():
    text = "talks on Sunday (18/01), and a majority (2/3) of the votes"
    assert [(d.m1, d.d1) for d in find_dates(text) if d.d1] == [(1, 18)]


@pytest.mark.parametrize("text, day", [
    ("The Minister on Tuesday, 16th September, 2025 received the Ambassador of Chile.",
     "2025-09-16"),
    ("On Friday 3 October 2025 the Minister received the Ambassador of Chile.", "2025-10-03"),
    ("This Thursday, October 2, 2025, the Minister received the Ambassador of Chile.",
     "2025-10-02"),
])
def test_a_weekday_in_apposition_to_a_date_names_one_day(ex, text, day):
    # the dateline is a week later: the weekday alone would give another day
    assert ex(text, date="2025-10-09") == [("meeting", ("GEO",), ("CHL",), day)]


@pytest.mark.parametrize("text", [
    "The Minister held a telephone conversation, today, 2 October 2025, with the Foreign "
    "Minister of Chile.",
    "Today, October 2nd 2025, the Minister spoke by phone with the Foreign Minister of Chile.",
])
def test_today_in_apposition_to_a_date_gives_one_call(ex, text):
    assert ex(text, date="2025") == [("call", ("GEO",), ("CHL",), "2025-10-02")]


@pytest.mark.parametrize("text", [
    "Minister Visits Chile\n\nOn his first trip to Santiago, the Minister is accompanied by "
    "two deputies.\n\n2 October 2025\n\nThe Minister met the Foreign Minister of Chile.",
    "Minister Visits Chile\n\nOn his first trip to Santiago, the Minister is accompanied by "
    "two deputies.\n\nOctober 2, 2025\n\nThe Minister met the Foreign Minister of Chile.",
])
def test_a_date_line_after_the_lead_paragraph_is_the_dateline(ex, text):
    assert ex(text, date="2025") == [("meeting", ("GEO",), ("CHL",), "2025-10-02"),
                                     ("visit", ("GEO",), ("CHL",), "2025-10-02")]


@pytest.mark.parametrize("text", [
    "SANTIAGO, October 2 -- The Minister on Thursday held talks with the Foreign Minister of "
    "Chile.",
    "SANTIAGO, October 2 – The Minister on Thursday held talks with the Foreign Minister of "
    "Chile.",
])
def test_an_agency_dateline_with_a_dash_dates_the_weekday(ex, text):
    assert ex(text, date="2025") == [("meeting", ("GEO",), ("CHL",), "2025-10-02")]


def test_a_day_range_with_a_dash_stays_a_range():
    assert _iso("held on October 2 - 4, 2025") == [("2025-10-02", "2025-10-04")]


@pytest.mark.parametrize("text, span", [
    ("On 1 and 2 March the Minister paid a visit to Chile.", ("2023-03-01", "2023-03-02")),
    ("The Minister was on a visit to Chile on 30 and 31 March 2023.",
     ("2023-03-30", "2023-03-31")),
    ("The Minister visited Chile on 15 June and 16 June.", ("2023-06-15", "2023-06-16")),
])
def test_two_consecutive_days_are_one_span(text, span):
    from communique.extract import extract_text

    got = [(r.date.start, r.date.end) for r in extract_text(text, issuer="GEO",
                                                             date="2023").records]
    assert got == [span]


def test_two_days_apart_are_not_a_span():
    assert _iso("on 3 and 5 May 2023") != [("2023-05-03", "2023-05-05")]


@pytest.mark.parametrize("text", [
    "The Minister met the Foreign Minister of Chile to discuss the summit to take place in "
    "Santiago on 20 June.",
    "The Minister met the Foreign Minister of Chile; they discussed the upcoming conference, "
    "to be held on 20 June.",
])
def test_a_date_of_an_event_named_as_the_topic_is_not_the_meetings(ex, text):
    assert ex(text, date="2023-05-04", types=["meeting"]) == \
        [("meeting", ("GEO",), ("CHL",), "2023-05-04")]


def test_a_date_after_the_topic_without_another_event_stays_the_meetings(ex):
    got = ex("With his Chilean counterpart, the Minister discussed wine exports on 6 May.",
             date="2023-05-08", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CHL",), "2023-05-06")]


@pytest.mark.parametrize(("text", "iso"), [
    ("Date: 21-03-2022", "2022-03-21"),
    ("Issued 2022/03/21 by the press office", "2022-03-21"),
    ("2022.03.21 Press release", "2022-03-21"),
    ("Updated 2022-3-21", "2022-03-21"),
])
def test_dates_numeric_forms_with_dashes_and_the_year_first(text, iso):
    assert [d[0] for d in _iso(text)] == [iso]


@pytest.mark.parametrize("text", ["the 2021-22 budget", "file no. 112-03-2022"])
def test_dates_numbers_that_only_look_like_dates_are_none(text):
    assert [d for d in _iso(text) if d[0] and len(d[0]) == 10] == []


def test_a_dateline_written_day_first_with_dashes_dates_the_text():
    from communique.extract._context import find_dateline
    assert find_dateline("Dated 21-03-2022\n\nThe Minister received the Ambassador.") \
        == dt.date(2022, 3, 21)
