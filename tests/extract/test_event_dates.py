"""The day of an event reported as held: not a later date the sentence names
for another occasion; a leading weekday before a name; a readout that names
a review of a later year is still a readout (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._context import is_review


def _dated(text: str, date: str = "2024-06-28", typ: str = "meeting") -> list[str | None]:
    return [r.date.start for r in extract_text(text, issuer="MEX", date=date).records
            if r.type == typ]


@pytest.mark.parametrize("text", [
    "On Monday the Secretary met the Foreign Minister of Canada to prepare the review of the "
    "trade agreement in 2026.",
    "The Secretary met her Canadian counterpart on Monday and discussed the 2030 Agenda and "
    "the World Cup in 2026.",
    "On Monday, the Secretary held talks with the Foreign Minister of Canada on the targets "
    "for 2027.",
])
def test_a_later_year_in_the_sentence_is_not_the_meetings_date(text):
    assert _dated(text) == ["2024-06-24"]  # 2024-06-28 is a Friday


def test_a_later_month_alone_leaves_the_documents_date():
    text = ("The Secretary met the Foreign Minister of Canada to prepare the summit that "
            "Ottawa will host in December.")
    assert _dated(text) == ["2024-06-28"]


def test_a_later_date_after_the_last_date_named_gives_way_to_the_carried_one():
    text = ("The Secretary met the Foreign Minister of Peru in Lima on 26 June. During her "
            "stay, she also met the Foreign Minister of Chile to discuss the 2026 review.")
    assert _dated(text) == ["2024-06-26", "2024-06-26"]


@pytest.mark.parametrize(("text", "day"), [
    ("On Wednesday Kravik met the Chairperson of the African Union Commission.", "2024-06-26"),
    ("On Tuesday Ms Berg held talks with the Foreign Minister of Chile.", "2024-06-25"),
])
def test_a_weekday_after_on_dates_the_event_though_a_name_follows(text, day):
    recs = extract_text(text, issuer="NOR", date="2024-06-28").records
    assert [r.date.start for r in recs if r.type == "meeting"] == [day]


def test_good_friday_agreement_is_no_weekday():
    recs = extract_text("The ministers discussed the Good Friday Agreement in Dublin.",
                        issuer="IRL", date="2024-06-28").records
    assert all(r.date.start != "2024-06-21" for r in recs)


@pytest.mark.parametrize(("text", "year", "review"), [
    ("Press release. The Secretary addressed the review of the trade agreement in 2026 "
     "with her counterparts.", 2024, False),
    ("Results of the Ministry's work in 2023\n\nThe Ministry held many meetings.", 2024, True),
    ("The review of 2023: the Ministry held many meetings.", 2024, True),
])
def test_a_review_looks_back(text, year, review):
    assert is_review(text, year) is review


@pytest.mark.parametrize(("text", "when"), [
    ("The Secretary recalled her meeting with the Foreign Minister of Canada in Ottawa last "
     "year.", "2023"),
    ("Last month the Secretary met the Foreign Minister of Canada in Ottawa.", "2024-05"),
    ("Earlier this month the Secretary met the Foreign Minister of Canada.", "2024-06"),
])
def test_last_year_and_last_month_date_to_the_year_or_month(text, when):
    assert _dated(text) == [when]


@pytest.mark.parametrize("text", [
    "The Secretary noted that Mexico and Canada have signed more than 20 agreements since 2010.",
    "The two countries have signed 45 agreements to date.",
    "Over 30 treaties have been signed between the two countries over the past decades.",
])
def test_a_running_total_of_agreements_is_no_signing(text):
    assert _dated(text, typ="agreement") == []


@pytest.mark.parametrize("text", [
    "The Secretary's visit to Canada, postponed in March, has not yet been rescheduled.",
    "The visit of the Secretary to Ottawa, cancelled at short notice, will take place later.",
])
def test_a_visit_said_postponed_or_cancelled_is_not_reported(text):
    assert _dated(text, typ="visit") == []
