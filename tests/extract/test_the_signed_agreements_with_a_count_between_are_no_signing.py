"""Agreements named again by their participle, with a count or a kind between the
article and the noun: "all the signed twelve (12) sectoral agreements", "the signed
nine bilateral cooperation agreements", "the signed 15 (fifteen) memoranda". They were
signed before; their implementation or review is no signing on the day of the talks
(only up to two words were let between "the signed" and the noun, and a number in
brackets broke it). A signing told by the verb still counts (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_MET = {
    "ZAF": "The South African Minister met the Nigerian Minister of Foreign Affairs on "
           "13 March.",
    "KEN": "The Kenyan Minister met the Foreign Minister of Uganda on 2 May.",
    "GHA": "The Minister met the Foreign Minister of Togo on 5 June.",
    "IND": "The Minister met the Foreign Minister of Nepal on 4 April.",
}


@pytest.mark.parametrize("issuer, text", [
    ("ZAF", "Both Ministers pledged to see to it that every one of the signed twelve "
            "(12) sectoral agreements and memoranda is carried out."),
    ("KEN", "The two Ministers called for the implementation of the signed nine bilateral "
            "cooperation agreements."),
    ("GHA", "They undertook to review all the signed 15 (fifteen) memoranda of "
            "understanding."),
    ("IND", "Both sides welcomed the signed three framework agreements on energy."),
])
def test_agreements_signed_before_are_no_signing(issuer: str, text: str) -> None:
    assert records(_MET[issuer] + " " + text, issuer, {"agreement"}, date="2017") == []


@pytest.mark.parametrize("text", [
    "The two Ministers signed twelve (12) sectoral agreements.",
    "The two Ministers then signed the twelve sectoral agreements.",
])
def test_a_signing_told_by_the_verb_stays(text: str) -> None:
    got = records(_MET["ZAF"] + " " + text, "ZAF", {"agreement"}, date="2017")
    assert [(r[0], r[1], r[2], r[3]) for r in got] == \
        [("agreement", ("ZAF",), ("NGA",), "2017-03-13")]
