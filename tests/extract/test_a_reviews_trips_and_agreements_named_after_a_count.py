"""A review's trips abroad, counted and then some named ("travelled abroad 24 times,
including to Kenya and Japan", "travelled 24 times abroad, among others to ..."), are
visits to those named; agreements told by the bare plural after "concluded" ("Sweden
concluded agreements on social security with Canada and on taxation with Brazil") are
signed with each partner; agreements "previously concluded" or "the recently concluded
agreements" are no signing (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_HEAD = "Results of 2024\n\n"


@pytest.mark.parametrize("text", [
    "The Minister travelled abroad 24 times, including to Kenya, Ethiopia and Japan.",
    "The Minister travelled 24 times abroad, among others to Kenya, Ethiopia and Japan.",
    "Over the year the Foreign Minister went abroad on 24 occasions, notably to Kenya, "
    "Ethiopia and Japan.",
    "The State Secretary travelled overseas, in particular to Kenya, Ethiopia and Japan.",
])
def test_counted_trips_abroad_then_named_are_visits(text: str) -> None:
    assert records(_HEAD + text, "SWE", CORE, date="2024-12-30") == sorted([
        event("visit", "SWE", "KEN", "2024"), event("visit", "SWE", "ETH", "2024"),
        event("visit", "SWE", "JPN", "2024")])


@pytest.mark.parametrize("text, date", [
    ("During the year, Sweden concluded agreements on social security with Canada and on "
     "double taxation with Brazil.", "2024"),
    ("Sweden concluded agreements with Canada and Brazil.", "2024"),
    ("In March, the Minister concluded bilateral agreements on visas with Canada and "
     "Brazil.", "2024-03"),
    ("In March Sweden concluded new treaties with Canada and Brazil on extradition.",
     "2024-03"),
])
def test_agreements_concluded_in_the_plural_are_signings(text: str, date: str) -> None:
    assert records(_HEAD + text, "SWE", CORE, date="2024-12-30") == [
        event("agreement", "SWE", "BRA", date), event("agreement", "SWE", "CAN", date)]


@pytest.mark.parametrize("text", [
    "The ministers reviewed the implementation of previously concluded agreements with "
    "Canada.",
    "The sides noted that the recently concluded agreements with Canada work well.",
    "Both stressed the value of the already concluded agreements with Canada.",
])
def test_agreements_concluded_before_are_no_signing(text: str) -> None:
    assert records(text, "SWE", CORE, date="2024-05-10") == []
