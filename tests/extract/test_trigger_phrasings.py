"""Outreach, legal and consular triggers read the construction, not one
sentence's wording: each in several phrasings of our own, and a near miss
that must stay silent."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _types(text: str, date: str = "2023"):
    return [(r.type, tuple(r.to), tuple(r.organizations))
            for r in extract_text(text, issuer="GEO", date=date).records if r.type != "figure"]


# --- outreach -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In 2023 twelve students from Nepal received scholarships to study at Georgian "
    "universities.",
    "Thanks to the grant programme, 30 young diplomats had the opportunity to study in Tbilisi.",
    "Forty foreign students were granted scholarships to study in Georgia.",
])
def test_study_programmes_are_outreach(text):
    assert _types(text) == [("outreach", (), ())]


@pytest.mark.parametrize("text", [
    "The Ministry arranged a trip to the Black Sea coast for foreign journalists.",
    "The Ministry organised a tour of the wine region for members of the diplomatic corps.",
    "Foreign reporters took part in a media tour to the mountain villages in June.",
    "Two journalists' trips to the occupied line were organised in 2023.",
    "Press tours for international journalists went to the occupation line.",
])
def test_trips_for_journalists_and_diplomats_are_outreach(text):
    assert [t for t in _types(text) if t[0] == "outreach"] == [("outreach", (), ())]


@pytest.mark.parametrize("text", [
    "Over 900 news items were published on the Ministry's website in 2023.",
    "The statement of the Ministry was posted on its official Facebook page.",
    "More than 300 articles were placed on the portal of the Ministry.",
])
def test_items_put_on_a_website_or_page_are_outreach(text):
    assert _types(text) == [("outreach", (), ())]


@pytest.mark.parametrize("text", [
    "The Minister had the chance to study the draft treaty.",
    "The Minister arranged a visit to Chile for next month.",
])
def test_study_and_visit_words_without_an_audience_are_no_outreach(text):
    assert [t for t in _types(text) if t[0] == "outreach"] == []


# --- legal --------------------------------------------------------------------

@pytest.mark.parametrize("text, org", [
    ("In March Georgia applied to the International Court of Justice regarding the case.",
     "ICJ"),
    ("Georgia turned to the European Court of Human Rights with a complaint.", "ECHR"),
    ("Georgia appealed once again to the International Court of Justice.", "ICJ"),
])
def test_turning_to_a_court_is_a_legal_step(text, org):
    assert _types(text) == [("legal", (), (org,))]


@pytest.mark.parametrize("text, org", [
    ("Oral hearings before the International Court of Justice were held on 3-5 October.",
     "ICJ"),
    ("Public hearings in the case took place at the European Court of Human Rights in May.",
     "ECHR"),
    ("The court hearing at the International Court of Justice lasted three days.", "ICJ"),
])
def test_hearings_are_a_legal_step(text, org):
    assert _types(text) == [("legal", (), (org,))]


def test_appealing_to_a_people_is_no_legal_step():
    assert _types("The Minister appealed to the citizens to stay calm.") == []


# --- consular -----------------------------------------------------------------

@pytest.mark.parametrize("text, where", [
    ("In 2023 about 3,000 citizens crossed the border through the Larsi checkpoint.", ()),
    ("More than 2,000 people crossed into Armenia via the Sadakhlo border crossing.", ("ARM",)),
    ("Our citizens returned home through the land border checkpoint with Azerbaijan.",
     ("AZE",)),
])
def test_crossing_a_border_is_consular_work(text, where):
    got = _types(text)
    assert got and all(t[0] == "consular" for t in got)
    assert got[0][1] == where


@pytest.mark.parametrize("text", [
    "The Ministry's call centre answered 12,000 calls from citizens abroad.",
    "A helpline for Georgians in Israel worked around the clock.",
    "The hotline of the consular department received thousands of calls.",
    "An emergency number for citizens abroad was set up in October.",
])
def test_hotlines_and_call_centres_are_consular_work(text):
    got = _types(text)
    assert got and all(t[0] == "consular" for t in got)


# --- "agreed in bilateral talks in Geneva": talks named by a preposition are a meeting

@pytest.mark.parametrize("text", [
    "On 3 May the Minister and her Chilean counterpart agreed in bilateral talks in Geneva "
    "to expand trade.",
    "In bilateral talks in Geneva on 3 May, the Minister and the Chilean Foreign Minister "
    "agreed to expand trade.",
    "During their bilateral talks with the Chilean Foreign Minister on 3 May, the Minister "
    "raised trade.",
    "At official talks on 3 May the Chilean Foreign Minister and the Minister reviewed "
    "trade.",
])
def test_bilateral_talks_after_a_preposition_are_a_meeting(text):
    recs = extract_text(text, issuer="KOR", date="2023").records
    assert [(r.type, tuple(r.to), r.date.start) for r in recs] == [
        ("meeting", ("CHL",), "2023-05-03")]


@pytest.mark.parametrize("text", [
    "The Minister called for an early resumption of bilateral talks with Chile.",
    "Both sides agreed to hold bilateral talks with Chile next year.",
    "The Minister said progress in bilateral talks depends on Chile.",
])
def test_bilateral_talks_wished_for_are_no_meeting(text):
    assert extract_text(text, issuer="KOR", date="2023").records == []


def test_countries_of_the_cooperation_agreed_on_are_topics():
    text = ("On 3 May the Minister and his Chilean counterpart agreed in bilateral talks in "
            "Geneva to strengthen cooperation on issues related to Peru and Bolivia.")
    recs = extract_text(text, issuer="KOR", date="2023").records
    assert [tuple(r.to) for r in recs] == [("CHL",)]


# --- "departed Suva for Port Moresby": the first place is the origin, the second the host

@pytest.mark.parametrize("text, host", [
    ("The Prime Minister departed Suva for Port Moresby on 3 May.", "PNG"),
    ("On 3 May the President left Nairobi for Tokyo for a state visit.", "JPN"),
    ("The Minister flew from Suva to Canberra on 3 May.", "AUS"),
    ("On 3 May the President travelled from Port Moresby to Apia for talks.", "WSM"),
    ("The Minister departed from Lima for Santiago on 3 May.", "CHL"),
])
def test_a_departure_from_a_place_is_a_visit_to_the_other(text, host):
    recs = extract_text(text, issuer="KEN", date="2023").records
    assert [(r.type, tuple(r.to), r.date.start) for r in recs] == [
        ("visit", (host,), "2023-05-03")]


def test_travelling_home_is_no_visit():
    recs = extract_text("The Minister flew from Canberra to Nairobi on 3 May.", issuer="KEN",
                        date="2023").records
    assert [r for r in recs if r.type == "visit"] == []


# --- "Receiving the Ambassador of Chile, the Minister ...": a participle opens a meeting

@pytest.mark.parametrize("text, partner", [
    ("Receiving the newly appointed Ambassador of Chile on 3 May, the Minister wished him "
     "success.", "CHL"),
    ("Receiving Peruvian Foreign Minister Ana Lopez on 3 May, the Minister praised the ties.",
     "PER"),
    ("Hosting his Ghanaian counterpart at the Ministry on 3 May, the Minister spoke of trade.",
     "GHA"),
    ("Welcoming the visiting Foreign Minister of Peru on 3 May, the Minister praised the "
     "ties.", "PER"),
])
def test_a_sentence_opened_by_receiving_an_official_is_a_meeting(text, partner):
    recs = extract_text(text, issuer="KEN", date="2023").records
    # (the visiting Foreign Minister is also on a visit: test_travel_left_for_stopped_in_visiting)
    assert [(r.type, tuple(r.to), r.date.start) for r in recs if r.type != "visit"] == [
        ("meeting", (partner,), "2023-05-03")]


@pytest.mark.parametrize("text", [
    "Receiving support from Chile, the country recovered quickly.",
    "Welcoming the decision of Peru, the Minister called for calm.",
    "Hosting the summit next year, Chile will lead the talks.",
])
def test_receiving_or_welcoming_no_official_is_no_meeting(text):
    recs = extract_text(text, issuer="KEN", date="2023").records
    assert [r for r in recs if r.type == "meeting"] == []


# --- "Her first trip abroad was to Zagreb": a trip named, then its destination

@pytest.mark.parametrize("text, host", [
    ("The Minister's first trip abroad was to Zagreb, where she met her Croatian counterpart "
     "on 3 May.", "HRV"),
    ("Her first visit abroad was to Austria on 3 May.", "AUT"),
    ("On 3 May the President's last foreign journey as head of state was to Portugal.",
     "PRT"),
])
def test_a_trip_that_was_to_a_place_is_a_visit(text, host):
    recs = extract_text(text, issuer="SVN", date="2023").records
    assert [(r.type, tuple(r.to), r.date.start) for r in recs if r.type == "visit"] == [
        ("visit", (host,), "2023-05-03")]


@pytest.mark.parametrize("text", [
    "The aim of the trip was to strengthen ties with Austria.",
    "The purpose of the visit was to deepen trade with Portugal.",
])
def test_the_purpose_of_a_trip_is_no_destination(text):
    recs = extract_text(text, issuer="SVN", date="2023").records
    assert [r for r in recs if r.type == "visit"] == []


# --- calling on a Governor-General, a Premier or a Sultan is a meeting

@pytest.mark.parametrize("text, partner", [
    ("The Deputy Prime Minister also called on the Governor-General of Papua New Guinea on "
     "3 May.", "PNG"),
    ("On 3 May the Minister called on the Sultan of Brunei at the palace.", "BRN"),
    ("On 3 May the Minister called on Premier Li of China in Beijing.", "CHN"),
])
def test_calling_on_a_governor_general_premier_or_sultan_is_a_meeting(text, partner):
    recs = extract_text(text, issuer="FJI", date="2023").records
    assert [(r.type, tuple(r.to), r.date.start) for r in recs] == [
        ("meeting", (partner,), "2023-05-03")]


def test_calling_on_governments_to_act_is_no_meeting():
    assert extract_text("On 3 May the Minister called on governments of the region to act.",
                        issuer="FJI", date="2023").records == []
