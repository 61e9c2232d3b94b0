"""Places: the world's cities in the gazetteer, names that are also words or
people's names, and a visit shown only by where the official was (sentences
of our own, several phrasings each)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._gazetteer import load_gazetteer
from communique.extract._recognise import recognise


def _cities(text: str) -> list[tuple[str, str]]:
    s = recognise(text, 0, len(text), load_gazetteer())
    return [(text[e.start:e.end], e.code) for e in s.ents if e.kind == "city"]


@pytest.mark.parametrize(("text", "city"), [
    ("The delegation flew on to Surabaya for talks with local business leaders.",
     ("Surabaya", "IDN")),
    ("Consultations took place in Chengdu on Tuesday.", ("Chengdu", "CHN")),
    ("Talks in Jerusalem lasted two hours.", ("Jerusalem", "ISR")),
    ("A consulate general opened in Thessaloniki.", ("Thessaloniki", "GRC")),
])
def test_large_cities_beyond_the_capitals_are_known(text, city):
    assert city in _cities(text)


@pytest.mark.parametrize("text", [
    "The Minister met Victoria Nuland, the Under Secretary.",
    "It was a nice gesture of the hosts.",
    "Aurora Diaz, the Deputy Minister, opened the session.",
    "The Ambassador thanked Salvador Ramos for the invitation.",
])
def test_a_city_name_that_is_a_word_or_a_person_is_no_place(text):
    assert _cities(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("The Minister arrived in Nice on Monday evening.", "FRA"),
    ("NICE, 4 June 2023 - The two ministers spoke to the press.", "FRA"),
    ("The conference took place in Victoria, Seychelles.", "SYC"),
    ("Her next stop was a visit to Salvador.", "BRA"),
])
def test_the_same_name_in_a_places_context_is_the_city(text, code):
    assert [c for _, c in _cities(text)] == [code]


@pytest.mark.parametrize(("text", "host"), [
    ("In Brussels, the Minister attended the meeting of the Foreign Affairs Council.", "BEL"),
    ("On 3 to 5 March in Brussels, the Minister took part in two ministerial meetings.",
     "BEL"),
    ("While in Addis Ababa, she met the Chairperson of the African Union Commission.", "ETH"),
    ("While he was in Hanoi, the Minister met the Deputy Prime Minister of Viet Nam.", "VNM"),
    ("During her stay in Nairobi, the Minister held talks with the Foreign Minister of "
     "Kenya.", "KEN"),
])
def test_a_visit_shown_only_by_its_place(ex, text, host):
    got = ex(text, types=["visit"])
    assert [g[1:3] for g in got] == [(("GEO",), (host,))]


def test_the_place_goes_to_the_records_made_there():
    res = extract_text("While in Addis Ababa, she met the Chairperson of the African Union "
                       "Commission.", issuer="GEO", date="2023")
    meeting = next(r for r in res.records if r.type == "meeting")
    assert meeting.place is not None and meeting.place.country == "ETH"
    assert meeting.place.city == "Addis Ababa"


def test_the_date_before_the_place_dates_the_visit(ex):
    got = ex("On 3 to 5 March in Brussels, the Minister took part in two ministerial "
             "meetings.", types=["visit"])
    assert got[0][3] == "2023-03-03"


@pytest.mark.parametrize("text", [
    "In Tbilisi, the Minister met the Foreign Minister of Hungary.",  # the issuer's city
    "In Brussels, the Belgian Government announced new measures.",  # nothing done there
    "In Paris, the Minister spoke by phone with the Foreign Minister of Japan.",  # a call
])
def test_no_visit_from_a_place_at_home_or_without_an_event_on_the_spot(ex, text):
    assert ex(text, types=["visit"]) == []


def test_a_journey_already_reported_is_not_counted_again(ex):
    got = ex("The Minister arrived in Hanoi on 3 May. In Hanoi, he met the Foreign Minister "
             "of Viet Nam.", types=["visit"])
    assert len(got) == 1


@pytest.mark.parametrize("text", [
    "On the margins of the summit in Vilnius, the Minister held talks with the Foreign "
    "Minister of Chile.",
    "On behalf of the Government in Paris, the Minister met the Ambassador of Peru.",
])
def test_a_place_inside_an_occasion_or_a_phrase_is_no_opening_place(ex, text):
    assert ex(text, types=["visit"]) == []
