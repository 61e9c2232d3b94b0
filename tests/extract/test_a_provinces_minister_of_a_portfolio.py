"""A minister of a portfolio "of" a province or city whose name is also a word or a
name ("the Minister of Trade of Quebec", "the Minister of Culture and Tourism of
Quebec, A") is an official of that place's country: a side of the talks. A place that
names the portfolio ("Minister of Jerusalem Affairs") is no side (our sentences)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records


@pytest.mark.parametrize("text", [
    "Foreign Minister Rui Matos praised the ties during his talk with the Minister of "
    "Trade of Quebec, Lise Gagnon, on 9 May.",
    "On 9 May Foreign Minister Rui Matos met the Minister of Culture and Tourism of "
    "Quebec Lise Gagnon in Lisbon.",
    "The Minister of International Relations of Quebec, Lise Gagnon, was received by "
    "Foreign Minister Rui Matos on 9 May.",
    "On 9 May Foreign Minister Rui Matos held talks with Lise Gagnon, Minister of "
    "Economy and Innovation of Quebec.",
])
def test_the_provinces_minister_is_a_side(text):
    assert records(text, "PRT", {"meeting"}, date="2022-06-01") == [
        event("meeting", "PRT", "CAN", "2022-05-09")]


def test_a_place_naming_the_portfolio_is_no_side():
    text = "On 9 May Foreign Minister Rui Matos met the Minister of Quebec Affairs."
    assert records(text, "PRT", {"meeting"}, date="2022-06-01") == []
