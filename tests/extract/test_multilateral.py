"""Multilateral participation: representing, addressing and hosting, lists of
sessions, and names that hold commas (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _multi(text: str):
    return [tuple(r.organizations) for r in extract_text(text, issuer="GEO", date="2023").records
            if r.type == "multilateral"]


@pytest.mark.parametrize("text", [
    "The Deputy Minister represented Georgia at the OSCE Ministerial Council in Skopje.",
    "In Skopje the Minister represented our country at the meeting of the OSCE Ministerial "
    "Council.",
])
def test_representing_the_country_at_a_session_is_participation(text):
    assert _multi(text) == [("OSCE MC",)]


@pytest.mark.parametrize("text", [
    "On 20 September the Minister addressed the UN General Assembly.",
    "The Minister ended the week by addressing the 78th session of the UN General Assembly.",
])
def test_addressing_a_session_is_participation(text):
    assert _multi(text) == [("UNGA",)]


@pytest.mark.parametrize("text", [
    "The Ambassador congratulated Georgia on the successful hosting of two summits, namely "
    "the GUAM and BSEC summits, in June.",
    "The Ambassador thanked Georgia for hosting the BSEC Council of Ministers meeting.",
])
def test_hosting_sessions_is_participation_in_each(text):
    got = _multi(text)
    assert got and all(o for o in got)


def test_a_comma_inside_a_name_is_no_second_session():
    text = ("The Minister thanked Chile for hosting the 5th OAS Committee on Politics, Defence "
            "and Security Cooperation meeting in Santiago.")
    assert _multi(text) == [("OAS",)]
