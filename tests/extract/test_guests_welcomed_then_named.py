"""Guests welcomed, then named ("we have been pleased to welcome a great number of
high-level visitors this year, including the Prime Minister of A", "Visitors to Canberra
this month included ..."): a visit by each guest named. The office in lower case after a
country's possessive ("we welcomed China's foreign minister yesterday") is a guest met.
Partners each with a relative day ("met A yesterday, and today B") take their own day. A
demonym that names water ("the Indian Ocean Conference") is no side, and a country's
possessive after a city and a comma ("in Perth, China's foreign minister") opens the next
item, not the city's country (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str, kind: str) -> list[tuple[str | None, list[str], list[str]]]:
    recs = extract_text(text, issuer="AUS", date="2024").records
    return sorted((r.date.start, list(r.from_), list(r.to)) for r in recs
                  if r.type == kind and not r.optional)


@pytest.mark.parametrize(("text", "guests"), [
    ("Canberra, 21 March 2024. We were glad to welcome a great number of distinguished "
     "visitors in recent months, notably the Prime Minister of Fiji, the Foreign Minister "
     "of Kenya and Japan's Prime Minister.", ["FJI", "JPN", "KEN"]),
    ("Canberra, 21 March 2024. This year Australia has welcomed many international "
     "visitors, among them the President of Chile and the Foreign Minister of Ghana.",
     ["CHL", "GHA"]),
    ("Canberra, 21 March 2024. Visitors to Canberra this month included the Foreign "
     "Minister of Fiji and the Prime Minister of Tonga.", ["FJI", "TON"]),
    ("Canberra, 21 March 2024. We received a string of guests in recent weeks, including "
     "Indonesia's President, Vietnam's Prime Minister and the Foreign Minister of India.",
     ["IDN", "IND", "VNM"]),
    ("Canberra, 21 March 2024. We have welcomed many visitors this year, including the "
     "Foreign Minister of Fiji, ministers at the Indian Ocean Conference in Perth, and the "
     "Prime Minister of Tonga.", ["FJI", "TON"]),
])
def test_guests_welcomed_then_named_each_visited(text: str, guests: list[str]) -> None:
    assert sorted(f[0] for _, f, _ in _events(text, "visit")) == guests


@pytest.mark.parametrize(("text", "partner"), [
    ("Canberra, 21 March 2024. We welcomed China's foreign minister yesterday.", "CHN"),
    ("Canberra, 21 March 2024. On Monday the Minister welcomed Peru's new prime minister.",
     "PER"),
])
def test_an_office_in_lower_case_after_a_possessive_is_a_guest_met(text: str,
                                                                    partner: str) -> None:
    assert [t for _, _, t in _events(text, "meeting")] == [[partner]]


@pytest.mark.parametrize("text", [
    "Canberra, 21 March 2024. The Minister welcomed China's foreign minister's remarks on "
    "trade.",
    "Canberra, 21 March 2024. The Minister welcomed Chile's president's decision.",
])
def test_welcoming_an_officials_words_is_no_meeting(text: str) -> None:
    assert _events(text, "meeting") == []


@pytest.mark.parametrize("text", [
    "Canberra, 21 March 2024. The Minister met the Foreign Minister of China yesterday, and "
    "today the Foreign Secretary of the United Kingdom.",
    "Canberra, 21 March 2024. We welcomed China's foreign minister yesterday, and today the "
    "British foreign secretary.",
])
def test_partners_each_with_a_relative_day(text: str) -> None:
    assert _events(text, "meeting") == [("2024-03-20", ["AUS"], ["CHN"]),
                                        ("2024-03-21", ["AUS"], ["GBR"])]


def test_a_possessive_after_a_city_opens_the_next_item() -> None:
    text = ("Canberra, 21 March 2024. We have welcomed many visitors this year, including "
            "the President of Chile at the forum in Perth, China's foreign minister, and the "
            "Prime Minister of Tonga.")
    assert sorted(f[0] for _, f, _ in _events(text, "visit")) == ["CHL", "CHN", "TON"]


@pytest.mark.parametrize("text", [
    "Canberra, 21 March 2024. The Minister welcomed appeals by leaders such as the "
    "President of Chile for a ceasefire.",
    "Canberra, 21 March 2024. The Minister welcomed the support of many leaders, including "
    "the Prime Minister of Fiji, for the reform.",
])
def test_welcoming_what_guests_said_is_no_visit(text: str) -> None:
    assert _events(text, "visit") == []
