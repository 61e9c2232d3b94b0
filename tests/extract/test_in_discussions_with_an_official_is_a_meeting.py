"""Discussions named as the frame of what an official said or did, after "in" or
"during", with an official of the partner named next ("In discussions with the Foreign
Minister of Peru, she stressed ...", "the Minister, during her discussions with the
Kenyan President, raised ...") tell a meeting with that partner; discussions with the
press or business people, or by phone, tell none (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partner", [
    ("In discussions with Peruvian Foreign Minister Ana Rojas, the Prime Minister "
     "stressed mining investment.", "PER"),
    ("During his discussions with the President of Ghana on Monday, Minister Tan "
     "raised cocoa prices.", "GHA"),
    ("Minister Tan, in discussions with his Norwegian counterpart, welcomed the new "
     "shipping route.", "NOR"),
    ("In their discussions with Chilean Foreign Minister Luis Vera, the two envoys "
     "reviewed copper trade.", "CHL"),
    ("In separate discussions with the Prime Minister of Fiji, Tan highlighted "
     "fisheries.", "FJI"),
])
def test_discussions_with_an_official_are_a_meeting(ex, text, partner):
    got = ex(text, issuer="SGP", date="2024-03-05")
    assert [r[2] for r in got if r[0] == "meeting"] == [(partner,)]


@pytest.mark.parametrize("text", [
    "In discussions with the press, Minister Tan highlighted Ghana's role in trade.",
    "In discussions with business leaders in Lima, the Minister praised Peru's growth.",
    "During discussions with students, Tan spoke about Norway's fisheries policy.",
])
def test_discussions_with_others_are_no_meeting(ex, text):
    got = ex(text, issuer="SGP", date="2024-03-05")
    assert not [r for r in got if r[0] == "meeting"]


def test_phone_discussions_are_a_call_not_a_meeting(ex):
    got = ex("In telephone discussions with the Foreign Minister of Peru, Tan raised "
             "mining.", issuer="SGP", date="2024-03-05")
    assert not [r for r in got if r[0] == "meeting"]
