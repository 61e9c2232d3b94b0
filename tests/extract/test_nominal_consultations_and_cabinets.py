"""Consultations named by the two sides' joint adjective ("regular Chilean-Peruvian
consultations took place"), a binational cabinet's session, and a commission whose
next session a relative clause announces ("..., whose ministerial session will be
held on 29 May") are held occasions, dated by their own day (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str, issuer: str = "CHL") -> list[tuple[str, tuple[str, ...], str | None]]:
    return sorted((r.type, tuple(r.to), r.date.start)
                  for r in extract_text(text, issuer=issuer, date="2024-05-17").records
                  if r.type in ("consultation", "commission"))


@pytest.mark.parametrize("text", [
    "On 14 May, regular Chilean-Peruvian consultations on consular issues took place in Lima.",
    "Chile-Peru political consultations were held in Lima on 14 May.",
    "The annual Chile–Peru consultations on migration took place in Lima on 14 May.",
    "On 14 May the Vice Minister led the Chilean-Peruvian consultations on border affairs "
    "in Lima.",
])
def test_consultations_named_by_the_two_sides_adjective(text):
    assert _records(text) == [("consultation", ("PER",), "2024-05-14")]


@pytest.mark.parametrize("text", [
    "The Chile–Peru Binational Cabinet held its seventh meeting in Arica on 14 May.",
    "The Chile–Peru Binational Cabinet, at its seventh meeting held in Arica on 14 May, "
    "adopted a plan of action.",
    "The seventh Chile-Peru Binational Cabinet meeting took place in Arica on 14 May.",
    "On 14 May the President co-chaired with his Peruvian counterpart the Binational "
    "Cabinet of Chile and Peru in Arica.",
])
def test_a_binational_cabinet_is_a_commission(text):
    assert _records(text) == [("commission", ("PER",), "2024-05-14")]


@pytest.mark.parametrize("text", [
    "On Tuesday the Minister opened the meeting of experts of the Chile-Peru Joint "
    "Commission, whose ministerial session will be held on 29 May in Lima.",
    "The experts of the Chile–Peru Joint Commission met in Santiago on Tuesday, ahead of "
    "the Commission, whose ministerial session is scheduled for 29 May.",
])
def test_the_session_announced_in_a_whose_clause_leaves_the_day_told(text):
    assert _records(text) == [("commission", ("PER",), "2024-05-14")]


@pytest.mark.parametrize("text", [
    "The two governments agreed to hold annual Chile-Peru consultations from next year.",
    "The memorandum on Chile-Peru consultations was extended for five years.",
    "The Chile–Peru Binational Cabinet will meet in Tacna on 30 May.",
])
def test_no_occasion_when_none_was_held(text):
    assert _records(text) == []


@pytest.mark.parametrize("text", [
    "The Chile–Peru Joint Commission will meet in Tacna on 30 May.",
    "The Chile-Peru Joint Commission, set up in 2015, is expected to hold its fourth session "
    "in Tacna on 30 May.",
])
def test_a_body_that_will_sit_is_no_session_held(text):
    assert _records(text) == []


def test_a_body_that_met_is_still_a_session():
    assert _records("The Chile–Peru Joint Commission met in Tacna on 14 May.") == [
        ("commission", ("PER",), "2024-05-14")]


def test_a_bodys_agenda_discussed_is_no_session():
    text = ("The Vice Minister received the Ambassador of Peru, with whom she discussed the "
            "agenda of the Chile-Peru Joint Commission, whose next session will take place "
            "in Lima in June.")
    assert _records(text) == []
