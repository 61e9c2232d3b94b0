"""A trip told without a visit verb: a person who "was in" a foreign place,
"landed in", "flew into", "spent two days in" it, a tour that "began in" a city,
a delegation led "to" a capital, a country "chosen for a first trip abroad"
(sentences of our own). An event's venue ("the summit was in Lima") is no trip."""

from __future__ import annotations

import pytest


def _visits(ex, text: str, issuer: str = "ESP", date: str = "2024-05-24") -> list[tuple]:
    return [r for r in ex(text, issuer=issuer, date=date) if r[0] == "visit"]


@pytest.mark.parametrize(("text", "host", "day"), [
    ("On Tuesday and Wednesday the head of Spanish diplomacy was in Santiago de Chile.",
     "CHL", "2024-05-21"),
    ("On Wednesday he was in Kyiv, where he met his Ukrainian counterpart.", "UKR", "2024-05-22"),
    ("The Minister was also in Rabat on 14 May to open the new consulate.", "MAR", "2024-05-14"),
    ("On Thursday the State Secretary and her team were in Dakar for talks on migration.",
     "SEN", "2024-05-23"),
])
def test_a_person_who_was_in_a_foreign_place_made_a_visit(ex, text, host, day):
    assert _visits(ex, text) == [("visit", ("ESP",), (host,), day)]


def test_a_foreign_leader_who_was_in_the_issuers_country_visited_it(ex):
    assert _visits(ex, "Chinese Premier Li Qiang was in New Zealand from 13 to 15 June.",
                   issuer="NZL", date="2024-12-20") == [
        ("visit", ("CHN",), ("NZL",), "2024-06-13")]


@pytest.mark.parametrize(("text", "host", "day"), [
    ("The Foreign Minister landed in Hanoi on Monday evening.", "VNM", "2024-05-20"),
    ("Our delegation, headed by the State Secretary, flew into Nairobi on Thursday for the "
     "talks.", "KEN", "2024-05-23"),
    ("The Minister spent two days in Accra this week, where she opened a trade fair.", "GHA",
     None),
    ("The tour began on Monday in Lima, where the Minister was received by the President.",
     "PER", "2024-05-20"),
    ("Her Asian trip started on 14 May in Jakarta.", "IDN", "2024-05-14"),
])
def test_landing_flying_in_spending_days_or_a_tour_beginning_in_a_place_is_a_visit(
        ex, text, host, day):
    visits = _visits(ex, text)
    assert [v[:3] for v in visits] == [("visit", ("ESP",), (host,))]
    if day:
        assert visits[0][3] == day


@pytest.mark.parametrize(("text", "host"), [
    ("In March the Minister led the Spanish delegation to Washington for the launch of a new "
     "partnership.", "USA"),
    ("The State Secretary headed a delegation to Canberra for talks on critical minerals.",
     "AUS"),
    ("Shortly after taking office, the Minister chose Morocco for his first official trip "
     "abroad.", "MAR"),
    ("The new Foreign Minister chose Lisbon for her first visit abroad, in July.", "PRT"),
])
def test_a_delegation_led_to_a_capital_or_a_country_chosen_for_a_trip_is_a_visit(
        ex, text, host):
    assert [v[:3] for v in _visits(ex, text)] == [("visit", ("ESP",), (host,))]


@pytest.mark.parametrize("text", [
    "The summit was in Lima on Monday.",
    "The first round of the negotiations was in Geneva in May.",
    "The Minister was in contact with his French counterpart.",
    "The two ministers were in agreement on the need for a ceasefire.",
    "The Minister led the delegation to Geneva for the session of the Human Rights Council.",
    "The company chose Morocco for its new factory.",
    "The aircraft carrying forty tonnes of relief goods landed in Beirut on Sunday.",
    "The first evacuation flight landed at Larnaca airport yesterday.",
    "Spain was in Group B at the United Nations that year.",
    "Armenia was in Russia's orbit for decades.",
    "Hungary is in Central Europe.",
    "Our Embassy is in Berlin.",
])
def test_a_venue_a_state_or_a_multilateral_delegation_is_no_visit(ex, text):
    assert _visits(ex, text) == []


@pytest.mark.parametrize(("text", "host", "day"), [
    ("The Minister arrived this morning in Chisinau.", "MDA", "2024-05-24"),
    ("The Minister arrived on Thursday evening in Chisinau for talks.", "MDA", "2024-05-23"),
    ("The Foreign Minister travelled on Monday to Oslo.", "NOR", "2024-05-20"),
    ("The Minister is in Berlin today for talks with the German Chancellor.", "DEU",
     "2024-05-24"),
])
def test_a_time_between_the_verb_and_the_place_or_a_stay_now_is_a_visit(ex, text, host, day):
    assert _visits(ex, text) == [("visit", ("ESP",), (host,), day)]


@pytest.mark.parametrize(("text", "day"), [
    ("The tour then took the Minister to Bogota, where he met President Petro.", "2024-05-24"),
    ("The next stop of the tour was Bogota on Wednesday.", "2024-05-22"),
    ("The Minister continued his tour in Bogota on Wednesday.", "2024-05-22"),
    ("From Lima, the Minister went on to Bogota on Wednesday.", "2024-05-22"),
    ("The second leg of the trip took her to Bogota.", "2024-05-24"),
])
def test_a_later_stop_of_a_tour_is_a_visit(ex, text, day):
    assert _visits(ex, text) == [("visit", ("ESP",), ("COL",), day)]


@pytest.mark.parametrize("text", [
    "Talks continued in Geneva on Wednesday.",
    "The Minister continued to support Colombia.",
    "The project went on to Phase Two.",
])
def test_things_that_continue_somewhere_are_no_visit(ex, text):
    assert _visits(ex, text) == []


@pytest.mark.parametrize("text", [
    "Today I am in Kyiv for the fourth time since the war began.",
    "I have come to Kyiv to show that we stand by Ukraine.",
    "We are here in Kyiv today to show our solidarity.",
])
def test_a_first_person_stay_or_coming_is_a_visit(ex, text):
    assert _visits(ex, text, issuer="DEU", date="2024-05-21") == [
        ("visit", ("DEU",), ("UKR",), "2024-05-21")]


@pytest.mark.parametrize("text", ["I am in favour of talks.", "I am in Berlin today."])
def test_a_first_person_state_or_stay_at_home_is_no_visit(ex, text):
    assert _visits(ex, text, issuer="DEU", date="2024-05-21") == []


def test_arriving_where_the_text_is_written_from_is_a_visit(ex):
    assert _visits(ex, "I am writing this from Chisinau, where I arrived this morning to meet "
                       "the President.", issuer="DEU", date="2024-05-21") == [
        ("visit", ("DEU",), ("MDA",), "2024-05-21")]


@pytest.mark.parametrize("text", [
    "We went to the market, where we arrived late.",
    "He praised Berlin, where he had arrived as a student.",
])
def test_arriving_somewhere_at_home_or_no_place_is_no_visit(ex, text):
    assert _visits(ex, text, issuer="DEU", date="2024-05-21") == []
