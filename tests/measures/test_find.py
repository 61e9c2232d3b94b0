from __future__ import annotations

from communique.extract import PIPELINE, extract_text
from communique.measures import attach_measures, find_measures
from communique.model import DateSpan, Quantity, Record


def _found(text):
    return [f.quantity for f in find_measures(text)]


def test_cohorts_votes_and_amounts_are_found_with_their_units():
    text = ("Georgia won 121 votes; 25 young diplomats and more than 60 participants "
            "attended, and the agency sent 40,000 doses and 12 tonnes of rice worth "
            "EUR 1.2 million.")
    assert _found(text) == [
        Quantity(121, "exactly", "votes"), Quantity(25, "exactly", "diplomats"),
        Quantity(60, "more_than", "participants"), Quantity(40000, "exactly", "doses"),
        Quantity(12, "exactly", "tonnes"), Quantity(1200000, "exactly", "EUR")]


def test_the_words_around_a_measure_say_it_counts_co_sponsors():
    assert _found("The text was co-sponsored by 54 countries.") == [
        Quantity(54, "exactly", "co-sponsors")]
    assert _found("In all 61 states co-sponsored the draft.") == [
        Quantity(61, "exactly", "co-sponsors")]


def test_years_dates_and_bare_numbers_are_not_measures():
    assert _found("On 3 May 2022 the 2022 session opened in room 12.") == []


def test_each_measure_goes_to_the_first_record_that_may_keep_it():
    figure = Record(type="figure", quantity=Quantity(30, "exactly", "students"))
    visit = Record(type="visit")
    outreach = Record(type="outreach")
    attach_measures([figure, visit, outreach], find_measures("30 students and 9 votes"))
    assert outreach.measures == [Quantity(30, "exactly", "students")]
    assert figure.measures == [] and visit.measures == []


def test_extraction_has_a_named_measures_step():
    assert "measures" in [name for name, _ in PIPELINE]
    text = ("Tbilisi, 12 March 2022. In Batumi, training was organised by the "
            "Ministry of Foreign Affairs of Georgia for 22 foreign diplomats.")
    recs = extract_text(text, issuer="GEO").records
    assert any(Quantity(22, "exactly", "diplomats") in r.measures for r in recs), \
        [(r.type, r.measures) for r in recs]
    assert all(isinstance(r.date, DateSpan) for r in recs)


def test_states_supporting_a_resolution_are_its_votes():
    assert _found("The draft was supported by 91 Member States.") == [
        Quantity(91, "exactly", "votes")]
    assert _found("In the end 77 countries voted in favour.") == [
        Quantity(77, "exactly", "votes")]


def test_the_two_countries_is_a_reference_not_a_count():
    assert _found("Trade between the two countries grew; three countries joined.") == [
        Quantity(3, "exactly", "countries")]


def test_a_measure_of_the_next_sentence_joins_the_record_before_it():
    aid = Record(type="aid", source=None)
    figure = Record(type="figure", quantity=Quantity(96, "exactly", "tonnes"))
    attach_measures([figure], find_measures("Trucks carried 96 tonnes of food."), [aid])
    assert aid.measures == [Quantity(96, "exactly", "tonnes")] and figure.measures == []


def test_a_total_over_time_is_nobodys_event():
    aid = Record(type="aid")
    text = "So far, the country has helped 70 countries."
    attach_measures([Record(type="figure")], find_measures(text), [aid], text)
    assert aid.measures == []


def test_a_total_over_time_stays_with_no_record_of_its_own_sentence():
    aid = Record(type="aid")
    text = "Since 2020 the agency has sent 900 tonnes of aid."
    attach_measures([aid], find_measures(text), (), text)
    assert aid.measures == []
