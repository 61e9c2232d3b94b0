"""Relative days and the day they count from: the text's dateline, a news
agency's dateline rather than the publication date, the document's own date
when the text has none, and what is said about it (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from communique.extract import extract_text
from communique.extract._dates import find_dates, resolve

# 2024-10-17 is a Thursday
THURSDAY = dt.date(2024, 10, 17)


def _days(text: str, dateline: dt.date = THURSDAY) -> list[str | None]:
    return [resolve(d, dateline.year, dateline).iso()[0] for d in find_dates(text)]


@pytest.mark.parametrize(("text", "day"), [
    ("The ministers met this afternoon.", "2024-10-17"),
    ("Earlier today the two ministers spoke.", "2024-10-17"),
    ("The talks ended the day before yesterday.", "2024-10-15"),
    ("The Minister met Tuesday with the delegation.", "2024-10-15"),
    ("The envoys met on Tuesday evening.", "2024-10-15"),
    ("Last Monday the ministers held talks.", "2024-10-14"),
    ("The delegations met this past Monday.", "2024-10-14"),
    ("The ministers met last Thursday.", "2024-10-10"),  # written on a Thursday
    ("The two sides met on Thursday.", "2024-10-17"),
])
def test_relative_days_count_from_the_dateline(text, day):
    assert _days(text) == [day]


@pytest.mark.parametrize("text", [
    "Last week the two ministers held talks in Riga.",
    "The ministers spoke by phone this past week.",
])
def test_last_week_gives_its_month_and_no_day(text):
    assert _days(text) == ["2024-10"]


@pytest.mark.parametrize("text", [
    "The ministers will meet next Monday.",
    "The council meets every Tuesday.",
    "The next round is set for the coming Friday.",
])
def test_a_weekday_to_come_or_repeated_is_no_past_day(text):
    assert _days(text) == []


@pytest.mark.parametrize("text", [
    "The two ministers held talks, a spokesman said Saturday.",
    "The two ministers held talks, the ministry announced on Saturday.",
    "The two ministers held talks, officials told reporters Saturday.",
])
def test_the_day_a_report_was_made_is_not_the_events(text):
    assert _days(text) == []


def test_a_time_before_a_month_is_not_a_day():
    assert _days("Posted 09:30 October 17, 2024") == ["2024-10-17"]


@pytest.mark.parametrize(("text", "day"), [
    ("RIGA, Oct 16 (Agency) - The Minister held talks with his Latvian counterpart "
     "yesterday.", "2024-10-15"),
    ("Riga, 16 October 2024 – The Minister held talks with his Latvian counterpart "
     "on Monday.", "2024-10-14"),
])
def test_a_news_agencys_dateline_beats_the_later_publication_date(text, day):
    res = extract_text(text, issuer="GEO", date="2024-10-17")
    assert [r.date.start for r in res.records] == [day]
    assert "dateline" in res.date_reason and "publication" in res.date_reason


def test_the_documents_own_date_counts_when_the_text_has_no_dateline():
    res = extract_text("Yesterday the Minister held talks with his Latvian counterpart.",
                       issuer="GEO", date="2024-10-17")
    assert [r.date.start for r in res.records] == ["2024-10-16"]
    assert res.date_reason == "the document's date 2024-10-17 (given)"


def test_without_a_day_relative_days_stay_at_the_year_and_it_is_said():
    res = extract_text("Yesterday the Minister held talks with his Latvian counterpart.",
                       issuer="GEO", date="2024")
    assert [r.date.start for r in res.records] == ["2024"]
    assert "no day known" in res.date_reason


def test_a_dateline_in_the_text_is_named_as_the_source_of_the_day():
    res = extract_text("Riga, 16 October 2024\n\nToday the Minister held talks with his "
                       "Latvian counterpart.", issuer="GEO")
    assert [r.date.start for r in res.records] == ["2024-10-16"]
    assert res.date_reason == "the text's dateline 2024-10-16"


@pytest.mark.parametrize("text", [
    "Her programme on Thursday and Friday will include meetings with the Foreign Minister "
    "of Latvia, a joint meeting with the ministers of Estonia, and a meeting with the "
    "Speaker of Lithuania.",
    "The Minister is scheduled to hold talks with the Foreign Minister of Latvia, and a "
    "meeting with the Prime Minister of Estonia.",
])
def test_a_hedge_reaches_the_later_events_named_in_its_sentence(ex, text):
    assert ex(text, date="2024-10-16", types=["meeting"]) == []


def test_a_verb_after_a_hedged_event_still_reports_what_happened(ex):
    got = ex("The Minister, who will travel to Tallinn next week, met the Foreign Minister "
             "of Latvia on Tuesday.", date="2024-10-17", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("LVA",), "2024-10-15")]


@pytest.mark.parametrize("text", [
    "The Minister, in office since 3 February 2024, concluded a two-day visit to Latvia "
    "today.",
    "On her first trip after taking office on 3 February 2024, the Minister concluded a "
    "visit to Latvia today.",
])
def test_a_date_of_an_earlier_occasion_at_the_top_is_no_dateline(ex, text):
    got = ex(text, date="2024", types=["visit"])
    assert got and all(g[3] != "2024-02-03" for g in got)


# 2024-03-14 is a Thursday: the story is filed that day, the talks were earlier
@pytest.mark.parametrize("text", [
    "Geneva, March 14 (Agency) - Foreign Minister Anna Berg on Tuesday held talks with her "
    "Kenyan counterpart.",
    "GENEVA, March 14 (Agency) – On Tuesday, Foreign Minister Anna Berg met the Foreign "
    "Minister of Kenya.",
    "Geneva, 14 March (Wire).- Anna Berg, the Foreign Minister, met Tuesday with the Foreign "
    "Minister of Kenya.",
    "News of the week\n\nGeneva, March 14 (Agency) - The Foreign Minister of Kenya was "
    "received on Tuesday by Foreign Minister Anna Berg.",
])
def test_a_weekday_after_an_agency_dateline_is_not_the_filing_day(text):
    recs = [r for r in extract_text(text, issuer="SWE", date="2024-03-15").records
            if r.type == "meeting"]
    assert [(r.to, r.date.start) for r in recs] == [(["KEN"], "2024-03-12")]


def test_an_agency_dateline_alone_dates_the_sentence():
    text = ("Geneva, March 14 (Agency) - Foreign Minister Anna Berg held talks with her "
            "Kenyan counterpart.")
    recs = extract_text(text, issuer="SWE", date="2024-03-15").records
    assert [(r.type, r.date.start) for r in recs] == [("meeting", "2024-03-14")]


@pytest.mark.parametrize("head", [
    "Foreign Minister visits Senegal\n\n",
    "Foreign Minister visits Senegal\n\nPublished 6 May 2025\n\n",
])
def test_a_dateline_opening_the_first_paragraph_under_a_title_is_the_day_counted_from(head):
    text = head + ("Dakar, 5 May 2025 – Foreign Minister Ana Ruiz arrived in Dakar today for a "
                   "two-day official visit.\n\nUpon arrival, she was received by the President "
                   "of Senegal.")
    recs = extract_text(text, issuer="ESP", date="2025-05-06").records
    assert [(r.type, r.date.start) for r in recs] == [("visit", "2025-05-05"),
                                                      ("meeting", "2025-05-05")]
