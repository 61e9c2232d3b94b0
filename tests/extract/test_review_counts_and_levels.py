"""Review constructions: guests counted as "heads of state and government" then named
by example; meetings "at the level of deputy ministers" held with partners; the
issuer's capital as the host of several guests, each on a visit of their own."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records

HEAD = "Results of our foreign policy in 2023\n\n"


def _core(text: str) -> list[tuple]:
    return records(HEAD + text, "UZB", CORE, date="2023")


@pytest.mark.parametrize("text", [
    "In the past year, twelve heads of state and government paid official visits to "
    "Uzbekistan, among them the presidents of Kazakhstan and Azerbaijan.",
    "Twelve heads of state or government visited Uzbekistan, including the presidents of "
    "Kazakhstan and Azerbaijan.",
    "During the year 9 heads of state and of government came to Uzbekistan, among them "
    "the presidents of Kazakhstan and Azerbaijan.",
    "More than ten heads of state and government paid visits to Uzbekistan, such as the "
    "presidents of Kazakhstan and Azerbaijan.",
])
def test_counted_heads_of_state_and_government_named_by_example(text: str) -> None:
    got = _core(text)
    assert ("visit", ("KAZ",), ("UZB",), "2023") in got, got
    assert ("visit", ("AZE",), ("UZB",), "2023") in got, got


@pytest.mark.parametrize("text, partners", [
    ("Meetings at the level of deputy ministers took place with Croatia and Slovakia.",
     ["HRV", "SVK"]),
    ("In 2023, meetings at the level of heads of department were held with Slovakia and "
     "Norway.", ["NOR", "SVK"]),
    ("Talks at deputy minister level were held with Croatia.", ["HRV"]),
    ("Meetings on the level of state secretaries have been held with Norway.", ["NOR"]),
])
def test_meetings_at_a_level_held_with_partners(text: str, partners: list[str]) -> None:
    got = _core(text)
    assert sorted(r[2][0] for r in got if r[0] == "meeting") == partners, got


@pytest.mark.parametrize("text", [
    "Our capital welcomed the foreign ministers of Moldova and Georgia.",
    "Our capital hosted the foreign ministers of Moldova and Georgia.",
    "Our nation received the foreign ministers of Moldova and Georgia.",
    "Tashkent welcomed the foreign ministers of Moldova and Georgia.",
])
def test_capital_hosting_guests_gives_each_a_visit(text: str) -> None:
    got = _core(text)
    assert ("visit", ("MDA",), ("UZB",), "2023") in got, got
    assert ("visit", ("GEO",), ("UZB",), "2023") in got, got


def test_minister_welcoming_guests_is_a_meeting() -> None:
    got = _core("The Minister welcomed the foreign ministers of Moldova and Georgia to a "
                "working dinner.")
    assert any(r[0] == "meeting" for r in got)
