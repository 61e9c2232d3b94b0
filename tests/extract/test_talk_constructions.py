"""Meetings told by what was talked about: the two sides as one subject, a
topic between the verb and the counterpart, less common nouns of meeting;
and the same verbs after a meeting already reported, which add no meeting
(sentences of our own, several phrasings each)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Minister and his Norwegian counterpart discussed Arctic research.",
    "Foreign Minister Darchiashvili and Norwegian Foreign Minister Espen Eide exchanged views "
    "on Arctic research.",
    "The Minister and the Secretary of State of Norway, Espen Eide, reviewed Arctic research.",
    "Minister Darchiashvili and Norway's Foreign Minister talked about Arctic research.",
])
def test_the_two_sides_as_one_subject_of_a_talk_verb_meet(ex, text):
    assert ex(text, date="2024-02-05", types=["meeting"]) == [
        ("meeting", ("GEO",), ("NOR",), "2024-02-05")]


@pytest.mark.parametrize("text", [
    "The Minister discussed Arctic research with the Norwegian delegation.",
    "The Minister discussed fisheries and Arctic research with his Norwegian counterpart.",
    "The Minister discusses fisheries with the visiting Foreign Minister of Norway.",
])
def test_a_topic_between_the_talk_verb_and_the_counterpart(ex, text):
    assert ex(text, date="2024-02-05", types=["meeting"]) == [
        ("meeting", ("GEO",), ("NOR",), "2024-02-05")]


@pytest.mark.parametrize("text", [
    "The Minister had a tete-a-tete with his Norwegian counterpart.",
    "The Minister sat down with the Foreign Minister of Norway.",
    "The Minister had a brief encounter with the Foreign Minister of Norway.",
    "The Minister engaged with the Foreign Minister of Norway on fisheries.",
])
def test_less_common_nouns_and_verbs_of_meeting(ex, text):
    assert ex(text, date="2024-02-05", types=["meeting"]) == [
        ("meeting", ("GEO",), ("NOR",), "2024-02-05")]


@pytest.mark.parametrize("second", [
    "The Minister and his Norwegian counterpart discussed Arctic research.",
    "During the talks, the Minister and his Norwegian counterpart reviewed fisheries.",
    "The Minister discussed fisheries with his Norwegian counterpart.",
])
def test_a_talk_verb_after_the_meeting_reported_adds_no_meeting(ex, second):
    text = "On 5 February the Minister met the Foreign Minister of Norway in Oslo. " + second
    assert ex(text, types=["meeting"]) == [("meeting", ("GEO",), ("NOR",), "2023-02-05")]


def test_the_date_of_a_coming_event_in_the_topic_is_not_the_meetings(ex):
    got = ex("On 5 February the Minister visited Oslo. The Minister and his Norwegian "
             "counterpart discussed the summit to be held in Vilnius on 11 July.",
             types=["meeting"])
    assert got == [("meeting", ("GEO",), ("NOR",), "2023-02-05")]


@pytest.mark.parametrize("text", [
    "The Minister received in audience the Ambassador of Norway.",
    "The Minister received in a farewell audience the outgoing Ambassador of Norway.",
    "Receiving in audience the Ambassador of Norway, the Minister thanked him.",
])
def test_received_in_audience_is_one_meeting(ex, text):
    assert ex(text, types=["meeting"]) == [("meeting", ("GEO",), ("NOR",), "2023")]


@pytest.mark.parametrize("text", [
    "The Minister met and held talks with the Foreign Minister of Norway.",
    "The Minister met with and hosted a lunch for the Foreign Minister of Norway.",
    "The Minister received and held a meeting with the visiting Foreign Minister of Norway.",
    "The Minister held a tete-a-tete meeting followed by delegation-level talks with the "
    "Foreign Minister of Norway.",
])
def test_two_meeting_verbs_that_share_their_object_are_one_meeting(ex, text):
    assert ex(text, types=["meeting"]) == [("meeting", ("GEO",), ("NOR",), "2023")]


def test_two_officials_met_in_turn_are_two_meetings(ex):
    got = ex("The Minister paid a courtesy call on the President of Norway and held talks "
             "with the Foreign Minister of Norway.", types=["meeting"])
    assert len(got) == 2


def test_a_talk_verb_after_a_call_tells_the_calls_content(ex):
    got = ex("In a phone call on 5 February, the Foreign Minister of Norway and the Minister "
             "discussed fisheries.")
    assert [g[0] for g in got] == ["call"]
