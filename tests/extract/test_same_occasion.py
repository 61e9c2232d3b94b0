"""A sentence that opens on the occasion told before ("On the same day", "The
next day", "While there", "On its sidelines") takes that occasion's date, in
reviews too; a relative clause that looks back keeps its date to itself; a
visit made several times takes one date each (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

REVIEW = (
    "Review of 2024\n\n"
    "In 2024 the Minister made an official visit to Japan on 1 July. On the same day she held "
    "her first meeting with the Foreign Minister of Japan. The next day she met the Prime "
    "Minister of Japan.\n\n"
    "The President made a state visit to Kenya in March. While there he met the Speaker of the "
    "National Assembly of Kenya.\n\n"
    "The Minister attended the summit of the Organization of Turkic States on 4 November. On "
    "its sidelines she talked with the Foreign Minister of Qatar.\n")


def test_the_same_day_the_next_day_while_there_and_its_sidelines_take_the_date_told():
    recs = extract_text(REVIEW, issuer="ESP", date="2024").records
    assert [(r.type, r.to, r.date.start) for r in recs if r.type == "meeting"] == [
        ("meeting", ["JPN"], "2024-07-01"),
        ("meeting", ["JPN"], "2024-07-02"),
        ("meeting", ["KEN"], "2024-03"),
        ("meeting", ["QAT"], "2024-11-04"),
    ]


def _one(text: str, typ: str) -> list[str | None]:
    return [r.date.start for r in extract_text(text, issuer="ESP", date="2024-06-28").records
            if r.type == typ]


@pytest.mark.parametrize(("text", "typ", "day"), [
    ("On Tuesday the Minister and her Georgian counterpart initialled a protocol on road "
     "transport, which replaces the one signed in Tbilisi in 2011.", "agreement", "2024-06-25"),
    ("The Minister received her Chilean counterpart, whose previous visit to Madrid dates back "
     "to March 2019.", "meeting", "2024-06-28"),
    ("The Minister signed an agreement with Chile, which had been negotiated since 2019, on "
     "3 June.", "agreement", "2024-06-03"),
    ("The Minister attended the summit of the African Union, which took place in Lima on 5 May.",
     "multilateral", "2024-05-05"),
])
def test_a_relative_clause_that_looks_back_keeps_its_date(text, typ, day):
    assert _one(text, typ)[0] == day


@pytest.mark.parametrize(("text", "days"), [
    ("The Minister travelled to Kyiv three times: in February, in June and again in December.",
     ["2024-02", "2024-06", "2024-12"]),
    ("The Minister visited Ukraine twice, in January and again in March.",
     ["2024-01", "2024-03"]),
])
def test_a_visit_made_several_times_takes_one_date_each(text, days):
    assert _one(text, "visit") == days


def test_the_next_meeting_is_still_planned():
    assert _one("The Minister will hold the next meeting with the Prime Minister of Japan.",
                "meeting") == []


@pytest.mark.parametrize(("text", "typ", "days"), [
    ("The Minister of Jordan, who had arrived in Vienna on Sunday evening, was also received "
     "on Monday afternoon by the Federal President.", "meeting", ["2024-06-24"]),
    ("Having arrived on 3 June, the Minister met the President of Kenya on 4 June.",
     "meeting", ["2024-06-04"]),
    ("The Minister met the Foreign Minister of Kenya on 3 June in Nairobi and on 5 June in "
     "Mombasa.", "meeting", ["2024-06-03", "2024-06-05"]),
])
def test_two_days_in_two_clauses_are_no_list_of_dates(text, typ, days):
    assert _one(text, typ) == days


@pytest.mark.parametrize("date", ["2024", "2024-07-01"])
def test_a_sentence_opening_in_the_city_just_visited_takes_that_visits_date(date):
    text = ("President Santiago Peña made an official visit to Spain in January. In Madrid, he "
            "was received in audience by King Felipe VI.")
    recs = extract_text(text, issuer="PRY", date=date).records
    assert [(r.type, r.date.start) for r in recs] == [("visit", "2024-01"),
                                                      ("meeting", "2024-01")]


def test_a_sentence_opening_in_another_city_does_not():
    text = ("The President made an official visit to Spain in January. In Asunción, he "
            "received the Foreign Minister of Chile.")
    recs = extract_text(text, issuer="PRY", date="2024-07-01").records
    assert [(r.to, r.date.start) for r in recs if r.type == "meeting"] == [
        (["CHL"], "2024-07-01")]


@pytest.mark.parametrize("text", [
    "On Monday the Minister held talks with the Foreign Minister of Djibouti on the Joint "
    "Commission, which last met in Djibouti in 2019.",
    "The Minister co-chaired the 20th session of the commission with Mauritania, which had not "
    "met since 2019.",
])
def test_a_body_that_last_met_in_a_relative_clause_holds_no_meeting(text):
    assert "2019" not in _one(text, "meeting")


def test_a_person_first_met_years_ago_is_met_again_now():
    text = "The Minister met the Foreign Minister of Chile, whom she first met in 2019."
    assert _one(text, "meeting")[0] == "2024-06-28"


def test_on_the_same_day_after_a_day_named_without_an_event():
    text = ("Review of the second half of 2024\n\nThe half-year began with the inauguration of "
            "the President on 1 July, attended by delegations from 51 countries.\n\nOn the same "
            "day, the Minister held his first meeting with the Secretary of State of the United "
            "States.")
    recs = extract_text(text, issuer="PAN", date="2024").records
    assert [r.date.start for r in recs if r.type == "meeting"] == ["2024-07-01"]
