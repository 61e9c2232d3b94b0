"""One official who holds two offices of organisations is one person met: "Ms A, UN
Assistant Secretary-General and Regional Director of UNDP" gives one meeting, not one
with the UN and one with UNDP. Two officials (an article or a name between the
offices) stay two meetings."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[str, ...]]:
    res = extract_text(text, issuer="KHM", date="2024-07-09")
    return [tuple(r.organizations) for r in res.records if r.type == "meeting"]


@pytest.mark.parametrize("text", [
    "In the afternoon, the Minister granted an audience to Ms Lena Brand, UN Assistant "
    "Secretary-General and Regional Director of UNDP for Asia and the Pacific.",
    "The Minister received Mr Paul Ortiz, Deputy Executive Director of UNICEF and UN "
    "Assistant Secretary-General.",
    "The Minister met the Under-Secretary-General of the United Nations and Executive "
    "Secretary of ESCAP, Ms Ana Lindqvist.",
    "On Tuesday the Deputy Prime Minister welcomed UNDP Regional Director and UN Assistant "
    "Secretary-General Kai Brenner to the Ministry.",
])
def test_two_offices_joined_by_and_are_one_official_met(text: str) -> None:
    assert len(_meetings(text)) == 1


@pytest.mark.parametrize("text", [
    "The Minister met the Secretary-General of the United Nations, Ana Lindqvist, and the "
    "Secretary General of NATO, Kai Brenner.",
    "The Minister met the UN Secretary-General and the NATO Secretary General.",
])
def test_two_officials_of_two_organisations_are_two_meetings(text: str) -> None:
    assert sorted(_meetings(text)) == [("NATO",), ("UN",)]


@pytest.mark.parametrize("text", [
    "On Tuesday the Deputy Prime Minister welcomed the UNDP Regional Director to the "
    "Ministry.",
    "The Minister welcomed the Head of the IOM Mission in Cambodia to the Ministry.",
    "The Minister welcomed the UNICEF Representative to the Ministry on Monday.",
    "The Minister welcomed the Chief of the ICRC Delegation in Phnom Penh.",
])
def test_an_organisations_officer_welcomed_is_met(text: str) -> None:
    assert len(_meetings(text)) == 1


def test_a_decision_welcomed_is_no_meeting() -> None:
    assert _meetings("The Minister welcomed the decision of the Head of State to the "
                     "Summit.") == []
