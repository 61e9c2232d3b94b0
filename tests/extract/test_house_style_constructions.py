"""Constructions found by the house-style probes, each in several phrasings of our own:
diplomatic and policy consultations, a two-country Policy Dialogue, a Vice Ministerial
Strategic Dialogue (not a multilateral ministerial), documents exchanged uncounted,
a minister's post about a call, and a meeting or call told inside a denied claim."""

from __future__ import annotations

import pytest

from .probe_support import dated_core as _core


@pytest.mark.parametrize("text", [
    "The deputy foreign ministers of Chile and Peru held diplomatic consultations in "
    "Lima on 11 March.",
    "Peru and Chile held annual policy consultations in Lima on 11 March.",
    "On 11 March the Chile-Peru foreign policy consultations took place in Lima.",
    "The 5th Chile-Peru Policy Dialogue was held in Lima on 11 March.",
    "The Chile-Peru Vice Ministerial Strategic Dialogue was held in Lima on 11 March.",
])
def test_dialogues_and_consultations_named_by_their_kind_are_consultations(text):
    assert _core("CHL", text) == [("consultation", ("CHL",), ("PER",), "2025-03-11")]


def test_policy_dialogue_as_a_topic_is_no_event():
    assert _core("CHL", "The ministers agreed to deepen policy dialogue between Chile "
                        "and Peru.") == []


@pytest.mark.parametrize("text", [
    "Chile and Peru exchanged MoUs on health in Lima on 11 March.",
    "On 11 March the ministers of Chile and Peru exchanged the signed memoranda on tourism.",
    "On 11 March the Presidents of Chile and Peru exchanged cooperation agreements.",
])
def test_documents_exchanged_uncounted_are_a_signing(text):
    got = [r for r in _core("CHL", text) if r[0] == "agreement"]
    assert got == [("agreement", ("CHL",), ("PER",), "2025-03-11")]


@pytest.mark.parametrize("text", [
    "The ministers of Chile and Peru exchanged views on the agreements on 11 March.",
    "The ministers of Chile and Peru exchanged information about agreements on 11 March.",
])
def test_views_exchanged_on_agreements_are_no_signing(text):
    assert [r for r in _core("CHL", text) if r[0] == "agreement"] == []


@pytest.mark.parametrize("text", [
    "Good call today with my Peruvian counterpart.",
    "Productive call this morning with Foreign Minister Elmer Schialer of Peru.",
    "Constructive call with the President of Peru today.",
])
def test_a_post_about_a_call_is_a_call(text):
    assert _core("CHL", text) == [("call", ("CHL",), ("PER",), "2025-03-12")]


def test_a_courtesy_call_is_no_phone_call():
    got = _core("CHL", "The Minister paid a courtesy call on the President of Peru in Lima "
                       "on 11 March.")
    assert [r for r in got if r[0] == "call"] == []


@pytest.mark.parametrize("text", [
    "The Ministry rejects claims that the Minister met the Foreign Minister of Peru.",
    "The Ministry denied that the Minister had visited Peru on Tuesday.",
    "The spokesperson dismissed as baseless media reports that the Minister had phoned "
    "the Foreign Minister of Peru.",
    "The Ministry refuted allegations that the two ministers met in Lima on Tuesday.",
])
def test_an_event_inside_a_denied_claim_is_none(text):
    assert _core("CHL", text) == []


def test_a_meeting_told_after_a_denial_and_a_comma_stands():
    got = _core("CHL", "The Minister rejected the allegations, noting that he met the "
                       "Foreign Minister of Peru on Tuesday.")
    assert got == [("meeting", ("CHL",), ("PER",), "2025-03-11")]


@pytest.mark.parametrize("text", [
    "The Minister received Foreign Minister of Peru Elmer Schialer in Santiago on 11 March.",
    "The President received Foreign Affairs Minister of Peru Elmer Schialer on 11 March.",
    "On 11 March the Minister received Former President of Peru Francisco Sagasti.",
])
def test_a_guest_received_by_a_title_without_article_starting_with_for_is_a_meeting(text):
    # ("Foreign" and "Former" begin with "for": "received for consideration" is no meeting)
    assert _core("CHL", text) == [("meeting", ("CHL",), ("PER",), "2025-03-11")]


def test_received_for_consideration_is_no_meeting():
    assert _core("CHL", "The Minister received for consideration the report of Peru on "
                        "11 March.") == []


@pytest.mark.parametrize("text", [
    "It was a pleasure to welcome Peru's Foreign Minister to Santiago today.",
    "I was delighted to meet Peru’s Prime Minister in Santiago today.",
    "I was honoured to host Peru's President Dina Boluarte today.",
])
def test_a_first_person_courtesy_with_a_possessive_guest_is_a_meeting(text):
    got = _core("CHL", text)
    assert ("meeting", ("CHL",), ("PER",), "2025-03-12") in got
    # ("to welcome ... to Santiago": the guest came, as for "welcomed A to Vienna")
    came = [("visit", ("PER",), ("CHL",), "2025-03-12")] if "welcome" in text else []
    assert [r for r in got if r[0] == "visit"] == came


def test_a_courtesy_to_come_is_no_meeting():
    assert _core("CHL", "It will be a pleasure to welcome Peru's Foreign Minister to "
                        "Santiago next week.") == []


@pytest.mark.parametrize("text", [
    "The Minister had an interview today at the Ministry with the Foreign Minister of Peru.",
    "The Minister had an interview on Tuesday in Lima with his Peruvian counterpart.",
])
def test_an_interview_with_its_day_or_place_first_is_a_meeting(text):
    got = _core("CHL", text)
    assert [r[:3] for r in got] == [("meeting", ("CHL",), ("PER",))]


def test_an_interview_with_the_press_is_no_meeting():
    assert _core("CHL", "The Minister had an interview today with the BBC about Peru.") == []


@pytest.mark.parametrize("text", [
    "The Minister received a call from Elmer Schialer, Foreign Minister of Peru, today.",
    "The Minister took a call today from Dina Boluarte, President of Peru.",
])
def test_a_caller_named_before_the_title_is_the_caller(text):
    assert _core("CHL", text) == [("call", ("PER",), ("CHL",), "2025-03-12")]


@pytest.mark.parametrize("text", [
    "The 5th Chile-Peru Consultative Meeting was held in Lima on 11 March.",
    "A consultative meeting between the foreign ministries of Chile and Peru took place in "
    "Lima on 11 March.",
])
def test_a_consultative_meeting_of_the_ministries_is_a_consultation(text):
    assert _core("CHL", text) == [("consultation", ("CHL",), ("PER",), "2025-03-11")]


@pytest.mark.parametrize("text", [
    "The Minister stressed the importance of the Chile-Peru Joint Commission.",
    "The ministers noted the role of the Intergovernmental Commission of Chile and Peru in "
    "expanding trade.",
    "Both sides underlined the significance of the Chile-Peru political consultations.",
])
def test_a_body_named_only_for_its_worth_did_not_sit(text):
    assert _core("CHL", text) == []
