"""A meeting named after a body and a partner ("the EU-ASEAN Ministerial
Meeting", "the ASEAN-Japan Foreign Ministers' Meeting") is multilateral, not a
bilateral meeting with the body; one named after two countries stays bilateral.
Speaking at a session is taking part in it."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str = "CZE") -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(r.type, tuple(r.to), tuple(r.organizations))
            for r in extract_text(text, issuer=issuer, date="2023-05-10").records]


@pytest.mark.parametrize("text", [
    "Minister Novak spoke at the 24th EU-ASEAN Ministerial Meeting.",
    "In Brussels the Minister attended the EU-ASEAN Ministerial Meeting on Friday.",
    "The Minister participated in the EU-ASEAN Ministerial Meeting held in Brussels.",
])
def test_a_meeting_named_after_two_bodies_is_multilateral(text):
    recs = _records(text)
    assert [r for r in recs if r[0] == "meeting"] == []
    assert ("multilateral", (), ("EU", "ASEAN")) in recs


@pytest.mark.parametrize("text", [
    "The Minister took part in the ASEAN-Japan Foreign Ministers' Meeting.",
    "On Tuesday the Minister attended the Japan-ASEAN Foreign Ministers' Meeting in Jakarta.",
])
def test_a_body_and_a_country_in_the_name_is_no_bilateral_meeting(text):
    assert [r for r in _records(text) if r[0] == "meeting"] == []


@pytest.mark.parametrize("text", [
    "The Czech-Slovak Foreign Ministers' Meeting took place in Prague.",
    "On Monday the Minister hosted the Czech-Slovak Foreign Ministers' Meeting in Prague.",
])
def test_a_meeting_named_after_two_countries_stays_bilateral(text):
    assert ("meeting", ("SVK",), ()) in _records(text)


@pytest.mark.parametrize("text", [
    "On Monday the Minister delivered a speech at the Indo-Pacific Ministerial Forum.",
    "The Minister spoke at the Ministerial Conference on Ocean Affairs on Monday.",
    "Speaking before the General Assembly session, the Minister called for peace.",
])
def test_speaking_at_a_session_is_taking_part(text):
    assert [r[0] for r in _records(text)] == ["multilateral"]


def test_speaking_to_reporters_is_no_session():
    assert [r for r in _records("The Minister spoke at length to reporters in Prague.")
            if r[0] == "multilateral"] == []


@pytest.mark.parametrize("text", [
    "Minister Novak addressed the General Debate of the 78th UN General Assembly on Monday.",
    "On Monday the Minister addressed the open debate of the UN Security Council.",
])
def test_addressing_a_debate_is_taking_part(text):
    assert [r[0] for r in _records(text)] == ["multilateral"]


# --- a bilateral summit named after its two countries, some of two words

@pytest.mark.parametrize("text, partner", [
    ("On Monday the Prime Minister held a Czech-Papua New Guinea Summit Meeting in Prague.",
     "PNG"),
    ("On Monday, the Czech-Fiji Summit Meeting was held in Prague.", "FJI"),
    ("The Czech-Korea Summit took place in Seoul on Monday.", "KOR"),
    ("On Monday the Minister attended the Czech-Sri Lanka Foreign Ministers' Meeting.", "LKA"),
    ("The Minister held a Czech-Viet Nam Foreign Ministers' Meeting in Prague on Monday.",
     "VNM"),
])
def test_a_summit_named_after_two_countries_is_a_bilateral_meeting(text, partner):
    assert ("meeting", (partner,), ()) in _records(text)


@pytest.mark.parametrize("text", [
    "On Monday the Prime Minister hosted the Tenth Pacific Islands Leaders Meeting in Prague.",
    "The Minister hosted the Central European Foreign Ministers' Meeting on Monday.",
])
def test_hosting_a_named_leaders_meeting_is_no_bilateral_meeting(text):
    recs = _records(text)
    assert [r for r in recs if r[0] == "meeting"] == []
    assert [r[0] for r in recs] == ["multilateral"]
