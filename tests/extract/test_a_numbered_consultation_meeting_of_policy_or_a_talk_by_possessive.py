"""A numbered round of consultations qualified as policy, strategic, security or
diplomatic ("the Third Policy Consultation Meeting") is a consultation, not a bare
meeting; a talk with an official named by a country's possessive ("During a talk with
Japan's Ambassador") is a meeting (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "partner"), [
    ("Ghana and Korea held the Third Policy Consultation Meeting on Friday.", "KOR"),
    ("The 4th Strategic Consultation Meeting between Ghana and India took place on Friday.",
     "IND"),
    ("Ghana and Egypt held their second Security Consultation Meeting on Friday.", "EGY"),
])
def test_a_qualified_numbered_round_is_a_consultation(ex, text, partner):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting", "consultation"])
    assert got == [("consultation", ("GHA",), (partner,), "2024-03-01")]


@pytest.mark.parametrize(("text", "partner"), [
    ("During a talk with Japan's Ambassador on Friday, the Minister praised the aid "
     "programme.", "JPN"),
    ("In a brief talk with Chile's Foreign Minister on Friday, the Minister raised visas.",
     "CHL"),
])
def test_a_talk_with_an_official_by_possessive_is_a_meeting(ex, text, partner):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == [
        ("meeting", ("GHA",), (partner,), "2024-03-01")]
