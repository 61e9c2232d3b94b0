"""A second event or counterpart joined to the first: "talks with A, and
afterwards with President B", "and with the President of the ECOWAS
Commission", "received by A and presided with him over the consultations", the
talks in "at the close of talks", "travelled to A and to B" (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partners"), [
    ("The Minister held talks with Foreign Minister Barrot of France and later with Prime "
     "Minister Bayrou.", [("FRA",), ("FRA",)]),
    ("In my talks with the Foreign Minister of Moldova this afternoon, and afterwards with "
     "President Maia Sandu, I promised our support.", [("MDA",), ("MDA",)]),
    ("On the margins of the session, the State Secretary held separate discussions with the "
     "Foreign Minister of Liberia, Ms. Sara Nyanti, and with the President of the ECOWAS "
     "Commission, Mr. Omar Touray.", [(), ("LBR",)]),
])
def test_a_second_partner_joined_by_and_with_is_a_second_meeting(ex, text, partners):
    meetings = [r for r in ex(text, issuer="POL", date="2024-05-21") if r[0] == "meeting"]
    assert sorted(r[2] for r in meetings) == sorted(partners)


def test_the_second_partner_is_read_after_its_own_and_with(ex):
    recs = ex("The Minister held talks with the Foreign Minister of Chile and subsequently with "
              "the Prime Minister of Peru.", issuer="POL", date="2024-05-21")
    assert sorted(r[2] for r in recs) == [("CHL",), ("PER",)]


def test_a_second_partner_joined_to_a_call_is_a_second_call(ex):
    recs = ex("The Minister spoke by phone with the Foreign Minister of Spain, and afterwards "
              "with the Prime Minister of Portugal.", issuer="POL", date="2024-05-21")
    assert [r[:3] for r in recs] == [("call", ("POL",), ("ESP",)), ("call", ("POL",), ("PRT",))]


def test_the_organisation_official_joined_by_and_with_is_met(ex):
    recs = ex("On the margins of the session, the Deputy Minister held separate discussions "
              "with the Minister of Foreign Affairs of Liberia, and with the President of the "
              "ECOWAS Commission.", issuer="GHA", date="2024-12-15")
    assert ("meeting", ("GHA",), (), "2024-12-15") in recs


@pytest.mark.parametrize("text", [
    "The agreement was signed with Spain, and with the support of the President.",
    "The Minister met his Dutch counterpart, and with him discussed the crisis.",
    "The Minister thanked Spain for its help, and with the President of Spain expressed "
    "hope for peace.",
])
def test_and_with_after_no_meeting_or_with_no_official_adds_no_meeting(ex, text):
    assert len([r for r in ex(text, issuer="POL", date="2024-05-21") if r[0] == "meeting"]) <= 1


def test_received_by_a_counterpart_and_presiding_with_him_over_consultations(ex):
    recs = ex("In Montevideo, Albares was received yesterday by his Uruguayan counterpart, Omar "
              "Paganini, and presided together with him over the fourth round of political "
              "consultations.", issuer="ESP", date="2024-05-24")
    assert ("meeting", ("ESP",), ("URY",), "2024-05-23") in recs
    assert ("consultation", ("ESP",), ("URY",), "2024-05-23") in recs


@pytest.mark.parametrize("text", [
    "The Minister was received today by the President of Ecuador.",
    "The Minister was received on Monday by the President of Ecuador.",
    "The Minister was received this morning by the President of Ecuador.",
])
def test_received_with_a_time_before_by_is_a_meeting(ex, text):
    assert [r[:3] for r in ex(text, issuer="ESP", date="2024-05-24")] == [
        ("meeting", ("ESP",), ("ECU",))]


@pytest.mark.parametrize("text", [
    "Tajani and his Tunisian counterpart yesterday oversaw the signing of a memorandum on "
    "migration, at the close of talks at the Farnesina.",
    "At the end of their talks in Rome yesterday, the Minister and his Tunisian counterpart "
    "signed two agreements.",
])
def test_talks_at_whose_close_something_was_signed_are_a_meeting(ex, text):
    recs = ex(text, issuer="ITA", date="2024-03-05")
    assert ("meeting", ("ITA",), ("TUN",), "2024-03-04") in recs
    assert ("agreement", ("ITA",), ("TUN",), "2024-03-04") in recs


def test_talks_already_reported_are_not_counted_again_at_their_close(ex):
    recs = ex("The Minister received his Tunisian counterpart on Monday. At the end of their "
              "talks, the two ministers signed two agreements.", issuer="ITA", date="2024-03-05")
    assert [r[0] for r in recs].count("meeting") == 1


@pytest.mark.parametrize("text", [
    "In February the Minister travelled to the Cook Islands and to Niue, his first visits "
    "abroad in the role.",
    "In February the Minister travelled to Samoa and to Tonga, her first trips in office.",
])
def test_travelling_to_a_and_to_b_is_two_visits_from_the_issuer(ex, text):
    visits = [r for r in ex(text, issuer="NZL", date="2024") if r[0] == "visit"]
    assert all(r[1] == ("NZL",) for r in visits) and len(visits) == 2


def test_a_second_event_only_prepared_is_not_held_with_the_first_ones_country(ex):
    recs = ex("In the second half of the year, the Ministry will prepare the visit of the "
              "President to Japan and the next session of the Sri Lanka-Australia Joint "
              "Commission.", issuer="LKA", date="2024")
    assert not [r for r in recs if r[0] == "commission"]


@pytest.mark.parametrize(("text", "guest", "day"), [
    ("Review of the year 2024\n\nWithin weeks of taking office, the Foreign Minister of India "
     "chose Colombo for his first visit abroad on 20 June, and called on President Ranil "
     "Wickremesinghe.", "IND", "2024-06-20"),
    ("Review of the year 2024\n\nThe President of Iran visited Sri Lanka on 24 April, and met "
     "Prime Minister Gunawardena.", "IRN", "2024-04-24"),
    ("Review of the year 2024\n\nThe Minister travelled to Nairobi on 3 March, where she met "
     "the Cabinet Secretary for Foreign Affairs.", "KEN", "2024-03-03"),
])
def test_a_guest_who_arrived_and_called_on_the_hosts_office_met_the_host(ex, text, guest, day):
    assert ("meeting", ("LKA",), (guest,), day) in ex(text, issuer="LKA", date="2024")


def test_a_clause_with_no_office_takes_no_partner_from_the_clause_before(ex):
    recs = ex("Review of the year 2024\n\nThe President of Iran visited Sri Lanka on 24 April, "
              "and met with farmers in Uva.", issuer="LKA", date="2024")
    assert not [r for r in recs if r[0] == "meeting"]
