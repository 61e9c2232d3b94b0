"""The constructions README "Extraction" names, each in several phrasings and
word orders of our own: plans, hopes and cancellations, date ranges and
relative days, the margins of a session, titles and questions, vote counts."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _full(text: str, date: str | None = "2023", issuer: str = "GEO"):
    return [(r.type, tuple(r.from_), tuple(r.to), tuple(r.organizations), r.date.start,
             r.date.end, r.quantity.value if r.quantity else None)
            for r in extract_text(text, issuer=issuer, date=date).records]


# --- planned, hoped-for and cancelled events give no record ------------------

@pytest.mark.parametrize("text", [
    "The proposed visit of the President of Chile to Georgia was discussed.",
    "The parties discussed the planned visit of the Georgian Foreign Minister to Chile.",
    "Both ministers spoke about the forthcoming visit of the Foreign Minister of Peru.",
])
def test_a_proposed_or_planned_visit_is_no_visit(text):
    assert [r for r in _full(text) if r[0] == "visit"] == []


@pytest.mark.parametrize("text", [
    "The commission's session was to be held in Tbilisi in March.",
    "The next round of political consultations with Chile was to be held in Santiago.",
    "A meeting of the foreign ministers of Georgia and Peru is scheduled for 4 June.",
])
def test_an_event_that_was_to_be_held_is_no_event(text):
    assert _full(text) == []


@pytest.mark.parametrize("text", [
    "The Minister hopes to visit Chile soon.",
    "The sides expressed hope that the Foreign Minister of Chile would visit Georgia "
    "in the autumn.",
    "The Minister looks forward to meeting his Chilean counterpart in Santiago.",
    "The Minister is expected to travel to Peru next week.",
])
def test_a_hoped_for_event_is_no_event(text):
    assert _full(text) == []


@pytest.mark.parametrize("text", [
    "The visit of the Foreign Minister of Finland to Georgia on 5 May was cancelled.",
    "The Foreign Minister's trip to Japan, planned for 3 May, was called off.",
    "The meeting with the Minister of Foreign Affairs of Chile was postponed.",
    "Talks between the foreign ministers of Georgia and Chile, scheduled for 4 March, "
    "were postponed at the request of the Chilean side.",
    "Owing to the storm, the Minister cancelled his visit to Norway.",
])
def test_a_cancelled_or_postponed_event_is_left_out(text):
    assert _full(text) == []


def test_a_cancellation_in_another_clause_keeps_the_event_that_took_place():
    got = _full("The Minister visited Brazil on 4 May, although a meeting with the President "
                "was postponed.")
    assert [r[:3] for r in got] == [("visit", ("GEO",), ("BRA",))]


# --- date ranges, periods and relative days -----------------------------------

@pytest.mark.parametrize("text", [
    "The Minister visited Brazil from 13 to 15 June.",
    "From 13 to 15 June the Minister was on an official visit to Brazil.",
    "On 13-15 June the Minister paid an official visit to Brazil.",
])
def test_a_day_range_gives_start_and_end(text):
    assert _full(text) == [("visit", ("GEO",), ("BRA",), (), "2023-06-13", "2023-06-15", None)]


def test_a_range_across_two_months_keeps_both_months():
    got = _full("The Minister of Foreign Affairs of Chile paid a visit to Georgia from 30 June "
                "to 2 July 2023.", date=None)
    assert got == [("visit", ("CHL",), ("GEO",), (), "2023-06-30", "2023-07-02", None)]


@pytest.mark.parametrize("text", [
    "In January-April 2022 the Minister visited Brazil, Chile and Peru.",
    "During January–April 2022 the Minister visited Brazil, Chile and Peru.",
])
def test_a_month_range_dates_every_record_of_the_list(text):
    got = _full(text, date=None)
    assert [(r[2], r[4], r[5]) for r in got] == [(("BRA",), "2022-01", "2022-04"),
                                                 (("CHL",), "2022-01", "2022-04"),
                                                 (("PER",), "2022-01", "2022-04")]


@pytest.mark.parametrize("text", [
    "During the year the Minister visited Brazil.",
    "Throughout the year the Minister paid visits to Brazil.",
    "Over the past year, the Minister travelled to Brazil.",
])
def test_during_the_year_takes_the_documents_year(text):
    assert [(r[0], r[2], r[4]) for r in _full(text)] == [("visit", ("BRA",), "2023")]


@pytest.mark.parametrize("text, day", [
    ("Yesterday the Minister met the Foreign Minister of Chile in Tbilisi.", "2023-05-19"),
    ("The Minister received the Ambassador of Chile yesterday.", "2023-05-19"),
    ("The Minister yesterday held talks with his Chilean counterpart.", "2023-05-19"),
    ("Today the Minister held talks with his Chilean counterpart.", "2023-05-20"),
])
def test_relative_days_count_from_the_dateline(text, day):
    assert [(r[0], r[2], r[4]) for r in _full(text, date="2023-05-20")] == \
        [("meeting", ("CHL",), day)]


# --- on the margins of a session ---------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("In the margins of the OSCE Ministerial Council, the Minister met the Foreign Minister "
     "of Chile.", "OSCE MC"),
    ("The Minister met the Foreign Minister of Chile on the sidelines of the UN General "
     "Assembly.", "UNGA"),
    ("On the fringes of the NATO summit in Vilnius, the Minister held talks with the Foreign "
     "Minister of Chile.", "NATO"),
])
def test_on_the_margins_gives_the_session_and_the_meeting(text, org):
    got = sorted((r[0], r[2], r[3]) for r in _full(text))
    assert got == [("meeting", ("CHL",), ()), ("multilateral", (), (org,))]


# --- titles and questions report no event -------------------------------------

def test_a_title_repeats_the_body_and_gives_no_record_of_its_own():
    text = ("Georgia Welcomes the Foreign Minister of Chile\n\n"
            "The Foreign Minister of Chile visited Georgia on 4 May 2023.")
    assert [(r[0], r[4]) for r in _full(text, date=None)] == [("visit", "2023-05-04")]


@pytest.mark.parametrize("text", [
    "What did the Minister discuss with the Foreign Minister of Chile?",
    "Why was the Minister in Brazil on 4 May?",
    "Will the Minister visit Peru this year?",
])
def test_a_question_reports_no_event(text):
    assert _full(text) == []


# --- a vote count belongs to the election -------------------------------------

@pytest.mark.parametrize("text, org, votes", [
    ("Georgia gained 143 votes in the election to the Human Rights Council.", "UNHRC", 143),
    ("Georgia won 160 votes in the election to the Executive Board of UNESCO.", "UNESCO", 160),
    ("With 150 votes in favour, Georgia was elected to the UN Human Rights Council.",
     "UNHRC", 150),
    ("Georgia secured 121 votes and joined the committee of the Council of Europe.",
     "COE", 121),
])
def test_a_vote_count_is_the_elections_quantity(text, org, votes):
    assert [(r[0], r[1], r[3], r[6]) for r in _full(text)] == \
        [("election", ("GEO",), (org,), votes)]


@pytest.mark.parametrize("text", [
    "Both ministers discussed promoting high-level visits between Georgia and Chile.",
    "The sides agreed on boosting the pace of exchanges of high-level visits with Chile.",
    "They called for intensifying mutual visits with Chile at the highest level.",
])
def test_visits_named_as_a_goal_are_no_visit(text):
    assert [r for r in _full(text) if r[0] == "visit"] == []


@pytest.mark.parametrize("text, host", [
    ("On 4 May the Minister welcomed his Chilean counterpart to Tbilisi.", "GEO"),
    ("On 4 May the Minister welcomed the Foreign Minister of Chile, H.E. Ana Soto, to "
     "Batumi.", "GEO"),
])
def test_welcoming_a_counterpart_to_a_place_is_a_visit_and_a_meeting(text, host):
    got = sorted((r[0], r[1], r[2]) for r in _full(text))
    assert got == [("meeting", ("GEO",), ("CHL",)), ("visit", ("CHL",), (host,))]


def test_welcoming_a_counterpart_to_a_building_is_a_meeting_only():
    # (a door, not a trip: see test_welcomed_to_a_building_is_no_visit.py)
    got = sorted((r[0], r[1], r[2]) for r in _full(
        "On 4 May the Minister welcomed the Foreign Minister of Chile, H.E. Ana Soto, to the "
        "Orbeliani Palace."))
    assert got == [("meeting", ("GEO",), ("CHL",))]


@pytest.mark.parametrize("text", [
    "Georgia and Chile signed a memorandum of understanding on political consultations.",
    "The sides signed a memorandum of understanding (MoU) on regular consultations.",
    "The Minister pledged to settle the dispute through close bilateral consultations with "
    "Chile.",
])
def test_consultations_named_as_a_topic_are_no_consultation(text):
    assert [r for r in _full(text) if r[0] == "consultation"] == []


@pytest.mark.parametrize("text", [
    "On 4 May the Minister held a virtual meeting with the Foreign Minister of Chile.",
    "The Minister held an online meeting with his Chilean counterpart on 4 May.",
    "On 4 May the Minister held a video conference with the Foreign Minister of Chile.",
])
def test_a_virtual_meeting_is_a_call(text):
    assert [(r[0], r[2], r[4]) for r in _full(text)] == [("call", ("CHL",), "2023-05-04")]


def test_a_vote_count_after_the_reported_election_is_no_second_election():
    text = ("On 15 November Georgia was elected to the Executive Board of UNESCO. "
            "Our country received 152 votes.")
    got = [r for r in _full(text) if r[0] == "election"]
    assert len(got) == 1 and got[0][4] == "2023-11-15"


@pytest.mark.parametrize("text", [
    "The Foreign Minister of Chile signed the Book of Honour of the Ministry.",
    "The Minister signed the book of condolences at the Embassy of Chile.",
    "The Minister welcomed the implementation of the agreements previously signed with Chile.",
    "The sides discussed the implementation of the agreement signed last year with Chile.",
    "The Minister recalled the treaty that Georgia and Chile had already signed.",
])
def test_a_book_or_an_earlier_agreement_is_no_signing(text):
    assert [r for r in _full(text) if r[0] == "agreement"] == []


def test_a_signing_reported_stays_an_agreement():
    got = _full("On 4 May the ministers signed an agreement on visa exemption between Georgia "
                "and Chile.")
    assert got == [("agreement", ("GEO",), ("CHL",), (), "2023-05-04", None, None)]


@pytest.mark.parametrize("text, n", [
    ("On 4 May the ministers signed an agreement between Georgia and Chile.", None),
    ("On 12 June 30 students from Chile received scholarships to study in Tbilisi.", 30),
])
def test_the_day_of_a_date_is_no_count(text, n):
    assert [r[6] for r in _full(text)] == [n]
