"""Meetings whose guest is not a plain object after "met": a guest hosted "to lunch"
with a national title before the name, an international official "welcomed to" the
ministry, a pronoun subject that is the visiting official or ours abroad, and a guest
named again by title only (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("Foreign Minister Ana Beridze hosted Irish Minister for Foreign Affairs Sean Walsh "
     "to lunch today.", "2024-05-10"),
    ("On Sunday the Minister hosted Irish Foreign Minister Sean Walsh to dinner at the "
     "Ministry.", "2024-05-05"),
    ("The Prime Minister hosted the Taoiseach of Ireland, Mr Sean Walsh, for a working "
     "breakfast on 8 May.", "2024-05-08"),
    ("Minister Beridze hosted Sean Walsh, the Irish Minister for Foreign Affairs, at a "
     "luncheon yesterday.", "2024-05-09"),
])
def test_a_guest_hosted_to_a_meal_is_a_meeting(ex, text, day):
    assert ex(text, date="2024-05-10", types=["meeting"]) == [
        ("meeting", ("GEO",), ("IRL",), day)]


@pytest.mark.parametrize("text", [
    "The Minister hosted a lunch for the diplomatic corps today.",
    "The Ministry hosted the national volleyball team to dinner after the final.",
])
def test_a_meal_without_a_foreign_guest_is_no_meeting(ex, text):
    assert ex(text, date="2024-05-10", types=["meeting"]) == []


@pytest.mark.parametrize(("text", "org", "day"), [
    ("Minister Beridze welcomed the EU High Representative to the Ministry of Foreign "
     "Affairs on Saturday, 4 May.", "EU", "2024-05-04"),
    ("On 4 May the Minister welcomed the OSCE Special Representative to Tbilisi.", "OSCE",
     "2024-05-04"),
    ("The Minister welcomed UN High Commissioner for Refugees Ana Costa to the Ministry on "
     "4 May.", "UNHCR", "2024-05-04"),
])
def test_an_international_official_welcomed_to_the_ministry_is_a_meeting(text, org, day):
    from communique.extract import extract_text

    recs = extract_text(text, issuer="GEO", date="2024-05-10").records
    assert [(r.type, r.organizations[:1], r.date.start) for r in recs
            if r.type == "meeting"] == [("meeting", [org], day)]


def test_welcoming_an_officials_decision_is_no_meeting(ex):
    assert ex("The Minister welcomed the decision of the EU High Representative to open an "
              "office in the region.", date="2024-05-10", types=["meeting"]) == []


@pytest.mark.parametrize(("text", "meeting"), [
    # ours abroad, then "she"
    ("On 9 May State Secretary Nino Lomidze travelled to Ottawa. She was then received by "
     "the Chair of the Senate Foreign Relations Committee.",
     ("meeting", ("GEO",), ("CAN",), "2024-05-09")),
    # the visiting official is "he"; our minister the object
    ("The Foreign Minister of India, Mr Raj Kumar, paid an official visit to Georgia from "
     "8 to 10 May. On 9 May he held talks with the Minister of Foreign Affairs, Ms Ana "
     "Beridze.", ("meeting", ("GEO",), ("IND",), "2024-05-09")),
    # the guest named again by title only
    ("US Secretary of State John Doe arrived in Tbilisi on 9 May. Later, the President "
     "received the Secretary of State at the Orbeliani Palace.",
     ("meeting", ("GEO",), ("USA",), "2024-05-09")),
])
def test_a_pronoun_or_title_stands_for_the_official_of_the_sentence_before(ex, text, meeting):
    assert ex(text, date="2024-05-10", types=["meeting"]) == [meeting]


_REVIEW = "Review of the foreign policy of Georgia in 2024\n\nBilateral relations\n"


@pytest.mark.parametrize("body", [
    "The Foreign Minister of India, Mr Raj Kumar, paid an official visit to Georgia on 8 "
    "and 9 May. On 9 May he held talks with the Minister of Foreign Affairs, Ms Ana "
    "Beridze, and the two sides signed a memorandum on visas.",
    "India's Foreign Minister came to Tbilisi on 8 and 9 May. He met the Prime Minister "
    "on 9 May and signed a memorandum on visas with the Minister of Foreign Affairs.",
    "The Foreign Minister of India paid an official visit to Georgia on 8 and 9 May. On 9 "
    "May, she also held talks with the Speaker of Parliament.",
])
def test_in_a_review_a_pronoun_subject_is_the_visitor_of_the_sentence_before(ex, body):
    got = ex(_REVIEW + body, date="2024", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("IND",), "2024-05-09")]


def test_in_a_review_a_meeting_with_no_one_named_takes_no_partner(ex):
    body = ("The Foreign Minister of India paid an official visit to Georgia on 8 and 9 May. "
            "The Parliament held a meeting on the budget on 12 May.")
    assert ex(_REVIEW + body, date="2024", types=["meeting"]) == []
