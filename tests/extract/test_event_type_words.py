"""Words that name an event's type though no common trigger says it: a strategic
dialogue or a session of a consultation mechanism is a consultation, "spoke
with" is a call unless the text tells of an encounter, a call's content told by
a talk verb stays the call, a tête-à-tête is a meeting, "proceeded to the
signature of" is a signing, a farewell call is a meeting (sentences of our own)."""

from __future__ import annotations

import pytest

# --- strategic dialogue and consultation mechanisms --------------------------


@pytest.mark.parametrize(("text", "partner"), [
    ("The Deputy Foreign Minister co-chaired the fourth Strategic Dialogue between Chile and "
     "Japan in Tokyo on 5 June.", "JPN"),
    ("On 5 June the State Secretary held the 7th Norway-Brazil Vice-Ministerial Strategic "
     "Dialogue with her Brazilian counterpart in Oslo.", "BRA"),
    ("The Minister travelled to Ottawa on 5 June for the launch of the Chile-Canada Strategic "
     "Dialogue.", "CAN"),
    ("The Vice Minister held in Quito on 5 June the fifth meeting of the Mechanism of Political "
     "Consultations between Chile and Ecuador with his Ecuadorian counterpart.", "ECU"),
])
def test_a_strategic_dialogue_or_a_mechanism_session_is_a_consultation(ex, text, partner):
    assert ("consultation", ("CHL",), (partner,), "2024-06-05") in ex(
        text, issuer="CHL", date="2024-06-06")


@pytest.mark.parametrize("text", [
    "The ministers signed a memorandum on the establishment of a mechanism of political "
    "consultations between the two ministries.",
    "The two sides agreed to launch a strategic dialogue between Chile and Japan next year.",
])
def test_a_dialogue_or_mechanism_only_planned_or_founded_is_no_consultation(ex, text):
    assert not [r for r in ex(text, issuer="CHL", date="2024-06-06") if r[0] == "consultation"]


def test_a_high_level_strategic_dialogue_stays_a_commission(ex):
    recs = ex("The Minister co-chaired the High-Level Strategic Dialogue between Chile and "
              "Mexico on 5 June.", issuer="CHL", date="2024-06-06")
    assert [r[0] for r in recs] == ["commission"]


# --- "spoke with": a call, or a meeting where the text tells of an encounter ----


@pytest.mark.parametrize(("text", "partner"), [
    ("Secretary Rubio spoke with Egyptian Foreign Minister Badr Abdelatty about hostage "
     "negotiations.", "EGY"),
    ("Deputy Secretary Landau spoke today with Philippine Foreign Secretary Manalo to review "
     "maritime cooperation.", "PHL"),
    ("The Secretary has spoken with his Egyptian counterpart again about the ceasefire.", "EGY"),
    ("On Monday the Secretary spoke with the Prime Minister of Egypt.", "EGY"),
])
def test_spoke_with_a_foreign_official_is_a_call(ex, text, partner):
    assert [r[:3] for r in ex(text, issuer="USA", date="2024-06-18")] == [
        ("call", ("USA",), (partner,))]


@pytest.mark.parametrize("text", [
    "On the margins of the summit, the Secretary spoke with the Foreign Minister of Egypt.",
    "In Cairo the Secretary spoke with President el-Sisi and Foreign Minister Abdelatty of "
    "Egypt.",
])
def test_spoke_with_at_an_occasion_or_in_a_city_is_a_meeting(ex, text):
    types = {r[0] for r in ex(text, issuer="USA", date="2024-06-18") if r[2] == ("EGY",)}
    assert types == {"meeting"}


def test_spoke_with_told_again_with_its_occasion_is_one_meeting(ex):
    text = ("The Minister spoke with the Deputy Secretary of State of the United States.\n\n"
            "The Minister spoke with the Deputy Secretary of State, Ana Cole, in New York, on "
            "the margins of the General Assembly.")
    assert [r[:3] for r in ex(text, issuer="GTM", date="2023") if r[0] in ("call", "meeting")] \
        == [("meeting", ("GTM",), ("USA",))]


def test_spoke_with_before_a_trip_it_prepared_is_a_call(ex):
    text = ("I will travel to Hanoi next week to meet my counterpart.\n\nLast week I spoke with "
            "Foreign Minister Son of Viet Nam about the agenda for our meeting.")
    assert ("call", ("AUS",), ("VNM",), "2023-04") in ex(text, issuer="AUS", date="2023-04-12")


@pytest.mark.parametrize("text", [
    "The Secretary spoke with reporters after the NATO meeting in Brussels.",
    "The spokesperson spoke with students of the Egyptian university.",
])
def test_spoke_with_the_press_or_the_public_is_no_call(ex, text):
    assert not [r for r in ex(text, issuer="USA", date="2024-06-18") if r[0] == "call"]


# --- "In a call ..., X discussed with Y": one call -----------------------------


@pytest.mark.parametrize("text", [
    "In a call he made later in the day, the Deputy Prime Minister discussed with the Spanish "
    "Minister of Foreign Affairs the situation in Gaza.",
    "During a call on Sunday evening, the Minister exchanged views with her Spanish "
    "counterpart on the crisis.",
    "In a second call, the Minister reviewed with the Foreign Minister of Spain the "
    "preparations for the conference.",
])
def test_a_call_whose_partner_follows_the_talk_verb_is_one_call(ex, text):
    recs = ex(text, issuer="JOR", date="2024-10-06")
    assert [r[:3] for r in recs] == [("call", ("JOR",), ("ESP",))]


def test_a_meeting_whose_talk_verb_follows_stays_a_meeting(ex):
    recs = ex("During the meeting, the Minister discussed with his Spanish counterpart the "
              "crisis.", issuer="JOR", date="2024-10-06")
    assert {r[0] for r in recs} == {"meeting"}


# --- tête-à-tête ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Minister received her Malian counterpart on 3 March. The two Ministers then had a "
    "tête-à-tête in which they reviewed border security.",
    "Over lunch on 3 March, the Minister held a tete-a-tete with the Foreign Minister of Mali.",
    "The Foreign Minister of Mali arrived in Dakar on 3 March; the two ministers held a "
    "tête-à-tête on the border demarcation.",
])
def test_a_tete_a_tete_is_a_meeting(ex, text):
    assert ("meeting", ("SEN",), ("MLI",), "2024-03-03") in ex(text, issuer="SEN",
                                                               date="2024-03-04")


# --- "proceeded to the signature of" ---------------------------------------------


@pytest.mark.parametrize("text", [
    "On this occasion, the Minister and his Kenyan counterpart proceeded to the signature of a "
    "declaration of intent on health.",
    "The two ministers then proceeded to sign an arrangement on mobility with Kenya.",
    "The visit closed with the signature of two agreements between France and Kenya.",
])
def test_proceeding_to_the_signature_is_a_signing(ex, text):
    recs = ex(text, issuer="FRA", date="2025-01-14")
    assert ("agreement", ("FRA",), ("KEN",), "2025-01-14") in recs


@pytest.mark.parametrize("text", [
    "The ministers marked the tenth anniversary of the signature of the treaty between France "
    "and Kenya.",
    "Your signature on the visa application form is required.",
])
def test_a_signature_remembered_or_on_a_form_is_no_signing(ex, text):
    assert not [r for r in ex(text, issuer="FRA", date="2025-01-14") if r[0] == "agreement"]


# --- farewell and introductory calls; High Commissioners --------------------------


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister received a farewell call from H.E. Md. Golam Sarwar, High Commissioner of "
     "the People's Republic of Bangladesh to Malaysia.", "BGD"),
    ("The outgoing High Commissioner of Canada paid a farewell call on the Minister.", "CAN"),
    ("The new Ambassador of Chile paid an introductory call on the Secretary-General of the "
     "Ministry.", "CHL"),
    ("The Minister received the High Commissioner of Australia, who came to bid farewell.",
     "AUS"),
])
def test_a_farewell_or_introductory_call_is_a_meeting_with_the_envoys_country(
        ex, text, partner):
    assert [r[:3] for r in ex(text, issuer="MYS", date="2024-01-10")] == [
        ("meeting", ("MYS",), (partner,))]


def test_a_un_high_commissioner_is_an_international_official(ex):
    recs = ex("The Minister received the UN High Commissioner for Refugees, Filippo Grandi.",
              issuer="MYS", date="2024-01-10")
    assert not [r for r in recs if r[2]]


@pytest.mark.parametrize(("text", "partner"), [
    ("Earlier in the day, the Minister received the outgoing Ambassador of Japan, Akira "
     "Imamura, who paid him a farewell visit at the end of his mandate.", "JPN"),
    ("The outgoing Ambassador of Japan paid a farewell visit to the Minister.", "JPN"),
    ("The new Ambassador of Chile paid an introductory visit to the State Secretary.", "CHL"),
])
def test_an_envoys_farewell_or_introductory_visit_is_a_meeting_and_no_trip(ex, text, partner):
    assert [r[:3] for r in ex(text, issuer="SRB", date="2024-10-15")] == [
        ("meeting", ("SRB",), (partner,))]


def test_a_leaders_farewell_visit_to_a_capital_is_a_trip(ex):
    assert [r[:3] for r in ex("The King of Spain paid a farewell visit to Belgrade before his "
                              "abdication.", issuer="SRB", date="2024-10-15")] == [
        ("visit", ("ESP",), ("SRB",))]



@pytest.mark.parametrize("text", [
    "The Minister held a call with the Foreign Minister of Italy.",
    "On Sunday the Minister had a call with her Italian counterpart.",
    "The Minister spoke on Sunday with the Foreign Minister of Italy, Antonio Tajani.",
])
def test_a_call_held_or_had_with_an_official_is_a_call(ex, text):
    assert [r[:3] for r in ex(text, issuer="POL", date="2024-10-06")] == [
        ("call", ("POL",), ("ITA",))]


@pytest.mark.parametrize("text", [
    "The Foreign Ministers of the two countries spoke by telephone on 14 March, the Deputy "
    "Ministers met in Yerevan in June.",
    "The Minister spoke over the phone with his Armenian counterpart during his visit to "
    "Brussels.",
])
def test_spoke_by_telephone_stays_a_call_whatever_the_sentence_says(ex, text):
    assert ("call", ("GEO",), ("ARM",)) in [r[:3] for r in ex(
        "Relations with Armenia\n\n" + text, issuer="GEO", date="2023")]


def test_a_call_with_an_official_named_by_office_and_name_is_with_the_country_in_focus(ex):
    text = ("I will travel to Viet Nam next week.\n\nLast week I spoke by phone with Foreign "
            "Minister Son about the agenda for our meeting.")
    assert ("call", ("AUS",), ("VNM",)) in [r[:3] for r in ex(text, issuer="AUS",
                                                                date="2023-04-12")]


def test_a_call_with_an_unnamed_office_takes_no_partner_from_the_focus(ex):
    text = ("I will travel to Viet Nam next week.\n\nLast week I spoke by phone with the "
            "Prime Minister about the agenda.")
    assert not [r for r in ex(text, issuer="AUS", date="2023-04-12") if r[0] == "call"]


@pytest.mark.parametrize("text", [
    "The Minister held a working session with the Ambassador of Chile.",
    "This morning the Minister had a working session with the new High Commissioner of "
    "Chile in Port Louis.",
    "The Minister held a working lunch on Monday with the Foreign Minister of Chile.",
])
def test_a_working_session_or_meal_with_an_official_is_a_meeting(ex, text):
    assert [r[:3] for r in ex(text, issuer="MUS", date="2019-05-02")] == [
        ("meeting", ("MUS",), ("CHL",))]


def test_a_working_session_on_a_topic_is_no_meeting(ex):
    assert ex("The Parliament held a working session on the budget.", issuer="MUS",
              date="2019-05-02") == []


@pytest.mark.parametrize(("text", "kind"), [
    ("The Minister had an interview with his Moroccan counterpart on Monday.", "meeting"),
    ("The Minister had a cordial interview with the Foreign Minister of Morocco.", "meeting"),
    ("The Minister had a telephone interview with the Foreign Minister of Morocco.", "call"),
    ("The Minister met virtually with the Foreign Minister of Morocco.", "call"),
    ("The Minister met by videoconference with her Moroccan counterpart.", "call"),
])
def test_an_interview_with_an_official_or_a_remote_meeting_in_translated_readouts(
        ex, text, kind):
    assert [r[:3] for r in ex(text, issuer="FRA", date="2024-05-21")] == [
        (kind, ("FRA",), ("MAR",))]


@pytest.mark.parametrize("text", [
    "The Minister gave an interview to a Moroccan newspaper.",
    "The Minister had an interview with the press in Rabat.",
    "The Minister had a long interview with Moroccan television.",
])
def test_an_interview_with_the_media_is_no_meeting(ex, text):
    assert not [r for r in ex(text, issuer="FRA", date="2024-05-21")
                if r[0] in ("meeting", "call")]


def test_spoke_with_in_a_paragraph_about_a_visit_is_a_meeting(ex):
    text = ("During her visit to Lisbon, the Minister met the Foreign Minister of Portugal. "
            "She also spoke with the Prime Minister of Portugal.")
    recs = ex(text, issuer="POL", date="2024-05-21")
    assert not [r for r in recs if r[0] == "call"]
    assert [r[0] for r in recs].count("meeting") == 2


def test_spoke_with_after_a_paragraph_about_a_visit_is_still_a_call(ex):
    text = ("The Minister returned from Lisbon on Monday.\n\nOn Tuesday she spoke with the "
            "Foreign Minister of Portugal.")
    assert ("call", ("POL",), ("PRT",)) in [r[:3] for r in ex(text, issuer="POL",
                                                                date="2024-05-21")]
