"""A talk had with an official ("had a business talk with the visiting foreign ministers
of A, B and C", "held a long talk with his counterpart") is a meeting, one with each
country; by phone it is a call; a conversation or a talk had on the margins of a
gathering is in person, a meeting. A talk given (a lecture) is none (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partners"), [
    ("The minister had a business talk with the visiting foreign ministers of Chile, "
     "Peru and Kenya.", ["CHL", "KEN", "PER"]),
    ("The minister had a long talk with his Estonian counterpart in Tallinn.", ["EST"]),
    ("The president held a talk with the Prime Minister of Japan.", ["JPN"]),
    ("On the sidelines of the summit, she had a conversation with the Foreign Minister of "
     "Peru.", ["PER"]),
    ("At the margins of the ministerial council, the minister held a brief talk with the "
     "Foreign Minister of Ghana.", ["GHA"]),
])
def test_a_talk_in_person_is_a_meeting(ex, text, partners):
    got = ex(text, issuer="MLT", date="2023", types=["meeting", "call"])
    assert sorted((g[0], g[2]) for g in got) == [("meeting", (p,)) for p in partners]


def test_a_talk_by_phone_is_a_call(ex):
    got = ex("The minister had a talk with the Foreign Minister of Norway by phone.",
             issuer="MLT", date="2023", types=["meeting", "call"])
    assert [(g[0], g[2]) for g in got] == [("call", ("NOR",))]


@pytest.mark.parametrize("text", [
    "The minister gave a talk on foreign policy to students at the university.",
    "The minister had a talk with students of the diplomatic academy.",
    "The minister had a conversation with the Foreign Minister of Peru.",
])
def test_a_lecture_or_an_unplaced_conversation_is_no_meeting(ex, text):
    assert ex(text, issuer="MLT", date="2023", types=["meeting"]) == []
