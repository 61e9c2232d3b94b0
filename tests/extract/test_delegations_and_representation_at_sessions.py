"""Taking part in a session told by the delegation one heads or by the country one
represents, with the delegation's country or the days between the verb and the
session (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sessions(text: str) -> list[tuple[list[str], list[str], str | None]]:
    recs = extract_text(text, issuer="GEO", date="2024-12-10").records
    return [(r.from_, r.organizations[:1], r.date.start) for r in recs
            if r.type == "multilateral"]


@pytest.mark.parametrize(("text", "org", "day"), [
    ("Today the Minister is heading the delegation of Georgia to the ministerial meeting "
     "of the OSCE in Vienna.", "OSCE", "2024-12-10"),
    ("On 3 December the Deputy Minister headed the delegation of the Republic of Georgia "
     "to the OSCE Ministerial Council in Valletta.", "OSCE", "2024-12-03"),
    ("The Prime Minister led the Georgian government delegation at the BSEC Summit in "
     "Istanbul on 3 December.", "BSEC", "2024-12-03"),
])
def test_heading_a_countrys_delegation_to_a_session(text, org, day):
    got = _sessions(text)
    assert [(f, o[0].split()[0], d) for f, o, d in got] == [(["GEO"], org, day)]


@pytest.mark.parametrize(("text", "org", "day"), [
    ("The Minister represented Georgia on 5 and 6 December at the OSCE Ministerial "
     "Council in Valletta.", "OSCE", "2024-12-05"),
    ("The Deputy Minister represented our country from 2 to 4 December 2024 in the BSEC "
     "Council of Ministers.", "BSEC", "2024-12-02"),
])
def test_representing_the_country_on_given_days_at_a_session(text, org, day):
    got = _sessions(text)
    assert [(f, o[0].split()[0], d) for f, o, d in got] == [(["GEO"], org, day)]


@pytest.mark.parametrize("text", [
    "The Ambassador represented Georgia for many years in the negotiations on trade.",
    "The Minister headed the delegation of Georgia to Warsaw for talks with the Polish "
    "Foreign Minister.",
])
def test_representation_or_a_delegation_without_a_session_is_none(text):
    assert _sessions(text) == []


@pytest.mark.parametrize(("text", "org", "day"), [
    ("On 3 May the 40th BSEC Summit was held in Istanbul.", "BSEC", "2024-05-03"),
    ("The OSCE Ministerial Council was convened in Vienna on 3 May.", "OSCE", "2024-05-03"),
])
def test_a_session_held_named_with_its_organisation_before_the_noun(text, org, day):
    got = _sessions(text)
    assert [(f, o[0].split()[0] if o else None, d) for f, o, d in got] == [
        (["GEO"], org, day)]


_REVIEW = "Review of the foreign policy of Georgia in 2024\n\n"


@pytest.mark.parametrize("body", [
    "Georgia chaired the BSEC Committee on Trade until the 40th BSEC Summit in Istanbul on "
    "17 August, where the chairmanship passed to Greece. The President led the Georgian "
    "delegation to the Summit.",
    "The 40th BSEC Summit was held in Istanbul on 17 August. The President led the "
    "Georgian delegation to the Summit.",
    "On 17 August the Prime Minister attended the 40th BSEC Summit in Istanbul. She also "
    "addressed the Summit on trade.",
])
def test_the_session_named_again_is_the_one_told_before(body):
    recs = extract_text(_REVIEW + body, issuer="GEO", date="2024").records
    assert [(r.organizations, r.date.start) for r in recs if r.type == "multilateral"] == [
        (["BSEC"], "2024-08-17")]


def test_a_session_named_again_with_nothing_told_before_keeps_no_organisation():
    recs = extract_text(_REVIEW + "The President led the Georgian delegation to the Summit.",
                        issuer="GEO", date="2024").records
    assert [(r.organizations, r.date.start) for r in recs if r.type == "multilateral"] == [
        ([], "2024")]
