"""An envoy's courtesy, farewell or introductory visit named with the word before
a plain "visit to" ("her first courtesy visit on the Secretary", even with the
title misspelt) is a call at the ministry, a meeting, no journey to the issuer;
a visit with no such word stays a visit (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Libreville, 21 October 2019 - "


@pytest.mark.parametrize("text", [
    "The Ambassador of Spain, Luis Garcia, described the talk as her first courtesy "
    "visit to the Secertary General since her arrival.",
    "The outgoing Italian Ambassador paid a farewell visit to the ministry on Friday.",
    "Ms Ana Ruiz, the new Ambassador of Spain, made an introductory visit to the "
    "Secretariat General on Friday.",
])
def test_an_envoys_courtesy_visit_is_no_journey(ex, text):
    got = ex(_LEAD + text, issuer="GAB", date="2019-10-21", types=["visit"])
    assert got == []


def test_a_minister_visit_without_the_word_stays_a_visit(ex):
    text = "The Foreign Minister of Spain paid a working visit to Gabon on Friday."
    got = ex(_LEAD + text, issuer="GAB", date="2019-10-21", types=["visit"])
    assert [g[:3] for g in got] == [("visit", ("ESP",), ("GAB",))]
