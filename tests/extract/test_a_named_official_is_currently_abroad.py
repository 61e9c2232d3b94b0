"""A named official "is currently / presently / now in" a foreign place ("Foreign
Minister Ramirez is currently in Nairobi, holding talks ...") is on a visit there,
as "The Minister is currently in Nairobi" is; a session named with a group whose
name ends in a sign ("the g7+ Ministerial Meeting") is still a session (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Foreign Minister Ramirez is currently in Nairobi.",
    "Minister Ramirez is currently in Kenya, holding meetings with members of parliament.",
    "Deputy Minister Ana Ruiz is presently in Nairobi for talks on trade.",
    "Ramirez was briefly in Nairobi on his way to Addis Ababa.",
])
def test_a_named_official_in_a_foreign_place_is_visiting(ex, text):
    got = ex(text, issuer="PRY", date="2024-03-14", types=["visit"])
    assert [(g[1], g[2]) for g in got][:1] == [(("PRY",), ("KEN",))]


def test_a_thing_currently_in_a_place_is_no_visit(ex):
    assert ex("The exhibition is currently in Nairobi.", issuer="PRY", date="2024-03-14",
              types=["visit"]) == []


def test_a_speech_at_the_g7_plus_meeting_is_participation():
    from communique.extract import extract_text

    res = extract_text("On 23 September in New York, the Minister spoke at the g7+ "
                       "Ministerial Meeting.", issuer="PRY", date="2024-09-27")
    got = [(r.organizations, r.date.start) for r in res.records if r.type == "multilateral"]
    assert got == [(["G7+"], "2024-09-23")]


def test_a_named_official_at_present_in_a_place(ex):
    # generality audit (audit3): "is at present in"
    got = ex("Foreign Minister Ramirez is at present in Kenya.", issuer="PRY",
             date="2024-03-14", types=["visit"])
    assert [(g[1], g[2]) for g in got][:1] == [(("PRY",), ("KEN",))]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ramirez is currently on a visit in Nairobi.",
    "The Minister is presently on a working visit in Kenya.",
    "Deputy Minister Ana Ruiz was still on an official visit in Nairobi on Thursday.",
])
def test_an_official_currently_on_a_visit_in_a_place(ex, text):
    # generality audit (fixA): an adverb between "is" and "on a visit"
    got = ex(text, issuer="PRY", date="2024-03-14", types=["visit"])
    assert [(g[1], g[2]) for g in got][:1] == [(("PRY",), ("KEN",))]


def test_a_matter_currently_on_an_agenda_is_no_visit(ex):
    assert ex("The question is currently on the agenda of Kenya.", issuer="PRY",
              date="2024-03-14", types=["visit"]) == []
