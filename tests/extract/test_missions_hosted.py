"""Embassies opened in a list, sessions hosted with the date before the object,
and openings only talked about (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _got(text: str, typ: str) -> list[tuple[list[str], list[str], str | None]]:
    return [(r.to, r.organizations, r.date.start)
            for r in extract_text(text, issuer="MDA", date="2024-12-31").records if r.type == typ]


@pytest.mark.parametrize("text", [
    "Our diplomatic network grew with the opening of embassies in Dublin and in Tallinn.",
    "The year saw the opening of two new embassies, in Dublin and Tallinn.",
])
def test_each_embassy_opened_in_a_list_is_a_mission(text):
    assert sorted(to[0] for to, _, _ in _got(text, "mission")) == ["EST", "IRL"]


@pytest.mark.parametrize("text", [
    "The ministers discussed the steps towards the reopening of embassies in both capitals "
    "of Ireland and Estonia.",
    "Both sides agreed on the opening of an embassy in Dublin next year.",
])
def test_an_opening_talked_about_is_no_mission(text):
    assert _got(text, "mission") == []


@pytest.mark.parametrize(("text", "day"), [
    ("Chisinau hosted on 16 September the fifth ministerial conference of the partnership "
     "platform.", "2024-09-16"),
    ("Moldova hosted in October the annual Summit of the Central European Initiative.",
     "2024-10"),
])
def test_a_session_hosted_with_the_date_before_it_is_attended(text, day):
    assert [d for _, _, d in _got(text, "multilateral")] == [day]
