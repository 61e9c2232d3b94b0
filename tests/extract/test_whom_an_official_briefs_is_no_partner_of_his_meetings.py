"""Whom an official briefs on his meetings is no partner of them: "He updated
Chancellor A on his talks with B" is a meeting with B's side, not A's (sentences of
our own)."""

from __future__ import annotations

import pytest

_LEAD = "The Prime Minister held a call with Chilean President Carlos Vega this evening. "


@pytest.mark.parametrize("text", [
    "He updated President Vega on his meetings with regional leaders this week.",
    "He briefed the Chilean President about his recent talks with leaders in the Gulf.",
    "The Prime Minister informed Vega of the outcome of his meetings in the region.",
])
def test_the_briefed_is_no_partner(ex, text):
    got = ex(_LEAD + text, issuer="SWE", date="2024-03-06", types=["meeting"])
    assert all("CHL" not in to for _t, _f, to, _d in got)


def test_the_partner_after_with_stays(ex):
    text = _LEAD + "He briefed the Chilean President about his talks with King Omar of Jordan."
    got = ex(text, issuer="SWE", date="2024-03-06", types=["meeting"])
    assert [to for _t, _f, to, _d in got] == [("JOR",)]


def test_a_briefing_by_phone_is_a_call_with_the_briefed(ex):
    text = "The Minister briefed her Chilean counterpart by phone on her visit to Peru."
    got = ex(text, issuer="SWE", date="2024-03-06", types=["call"])
    assert [to for _t, _f, to, _d in got] == [("CHL",)]


@pytest.mark.parametrize("text", [
    "President Vega was briefed on his meetings with regional leaders this week.",
    "The Chilean President was briefed by the Prime Minister about his recent talks with "
    "leaders in the Gulf.",
    "Vega was also informed of the outcome of his meetings in the region.",
])
def test_the_briefed_as_a_passives_subject_is_no_partner(ex, text):
    got = ex(_LEAD + text, issuer="SWE", date="2024-03-06", types=["meeting"])
    assert all("CHL" not in to for _t, _f, to, _d in got)


def test_the_partner_after_with_stays_in_the_passive(ex):
    text = _LEAD + ("The Chilean President was briefed by the Prime Minister about his talks "
                    "with King Omar of Jordan.")
    got = ex(text, issuer="SWE", date="2024-03-06", types=["meeting"])
    assert [to for _t, _f, to, _d in got] == [("JOR",)]
