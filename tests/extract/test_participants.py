"""Who takes part: demonym lists, regions that are no country, and the
other constructions that place a participant away from its trigger
(sentences of our own, several phrasings each)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Talks with the Danish, Swedish and Finnish officials followed in the afternoon.",
    "The Minister held talks with the Danish, Swedish, and Finnish ministers.",
    "The Minister met the Danish, Swedish and Finnish foreign ministers in Tbilisi.",
])
def test_a_list_of_demonyms_before_a_role_gives_one_meeting_each(ex, text):
    got = ex(text, types=["meeting"])
    assert [g[2] for g in got] == [("DNK",), ("FIN",), ("SWE",)]


@pytest.mark.parametrize("text", [
    "A working meeting took place between the South American directors of the Georgian "
    "and Chilean ministries.",
    "The Minister met Latin American ambassadors together with the Ambassador of Chile.",
])
def test_a_regional_adjective_is_no_country(ex, text):
    got = ex(text, types=["meeting"])
    assert got and all("USA" not in g[2] for g in got)


@pytest.mark.parametrize("text", [
    "The Minister conferred with the Foreign Minister of Chile on regional security.",
    "On 4 May the Minister exchanged views with his Chilean counterpart.",
    "The Minister held wide-ranging discussions with the Chilean Foreign Minister.",
    "The Foreign Minister of Chile discussed with the Minister the trade agenda.",
])
def test_conferring_and_discussing_with_a_counterpart_is_a_meeting(ex, text):
    assert [(g[0], g[2]) for g in ex(text)] == [("meeting", ("CHL",))]


def test_exchanging_views_by_phone_stays_a_call(ex):
    got = ex("The Minister exchanged views with his Chilean counterpart by telephone.")
    assert [(g[0], g[2]) for g in got] == [("call", ("CHL",))]


def test_talking_with_the_press_is_no_meeting(ex):
    assert ex("In Santiago the Minister talked with the press about Chile.") == []


@pytest.mark.parametrize("text", [
    "During his first visit to Santiago, Georgian Foreign Minister Ilia Darchiashvili met "
    "the President of Chile.",
    "On his trip to Lima, Georgian Minister of Foreign Affairs Ilia Darchiashvili met the "
    "President of Peru.",
])
def test_a_demonym_after_the_destination_opens_the_subject(ex, text):
    got = ex(text, types=["visit"])
    assert len(got) == 1 and got[0][1] == ("GEO",) and got[0][2] in (("CHL",), ("PER",))


@pytest.mark.parametrize("text", [
    "On 4 May the Minister received letters of credence from the envoys of Chile, Peru, the "
    "European Union and Norway.",
    "On 4 May the Minister met the ambassadors of Chile, the European Union, Peru and Norway.",
])
def test_an_organisation_in_a_list_of_counterparts_is_one_more_meeting(text):
    from communique.extract import extract_text

    got = sorted((tuple(r.to), tuple(r.organizations)) for r in extract_text(
        text, issuer="GEO", date="2023").records if r.type == "meeting")
    assert got == [((), ("EU",)), (("CHL",), ()), (("NOR",), ()), (("PER",), ())]


def test_an_organisations_official_beside_a_national_one_is_one_meeting():
    from communique.extract import extract_text

    got = [tuple(r.organizations) for r in extract_text(
        "The Minister met the Foreign Minister of Chile and, separately, the NATO Secretary "
        "General.", issuer="GEO", date="2023").records if r.organizations]
    assert got == [("NATO",)]


# --- what the meeting was about: countries after "where they affirmed ..." are topics

@pytest.mark.parametrize("text", [
    "On 3 May the Minister held a trilateral meeting with the Chilean and Peruvian Foreign "
    "Ministers, where they affirmed their support for the sovereignty of Ukraine.",
    "On 3 May the Minister met the Foreign Ministers of Chile and Peru, where the three "
    "underlined the need for peace in Sudan.",
    "On 3 May the Minister met the Chilean and Peruvian Foreign Ministers and reiterated "
    "support for Ukraine.",
    "On 3 May the Minister met the Chilean and Peruvian Foreign Ministers; they warned "
    "against provocations by Russia.",
])
def test_countries_in_what_was_said_are_no_participants(ex, text):
    parts = {c for r in ex(text, types={"meeting"}) for c in r[2]}
    assert parts == {"CHL", "PER"}


# --- a country name with its inner capital written small ("Cote d'ivoire")

@pytest.mark.parametrize("name, code", [
    ("Cote d'ivoire", "CIV"),
    ("Côte d’ivoire", "CIV"),
    ("Guinea-bissau", "GNB"),
    ("Timor-leste", "TLS"),
])
def test_a_name_with_its_inner_capital_written_small_is_the_country(ex, name, code):
    text = f"On 3 May the Minister met the Foreign Minister of {name}, Ms Ama Kone."
    assert ex(text, types={"meeting"}) == [("meeting", ("GEO",), (code,), "2023-05-03")]
