"""A trip told as made to meet an official, with the trip's time between the place and
"to meet" ("travelled to Paris on 13 December to meet ..."), before the place
("travelled on 3 January to Madrid to meet ...") or set off by commas: the visit and the
meeting, on that day. Announced ("will travel ... to meet") it is neither (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("issuer", "date", "text", "host", "day"), [
    ("IRL", "2024-01-25", "I travelled to Paris on 13 December to meet with the French "
                          "Foreign Minister.", "FRA", "2023-12-13"),
    ("AUS", "2024-01-25", "The Minister flew to Ottawa last week to meet her Canadian "
                          "counterpart.", "CAN", "2024-01"),
    ("PRT", "2024-01-25", "The State Secretary travelled on 3 January to Madrid to meet the "
                          "Prime Minister of Spain.", "ESP", "2024-01-03"),
    ("BRA", "2024-04-25", "Foreign Minister Ana Silva journeyed to Lima in early March to "
                          "meet with President Boluarte.", "PER", "2024-03"),
    ("KOR", "2024-06-25", "The Vice Minister went to Tokyo on Tuesday, 4 June, to meet "
                          "Japan's Foreign Minister.", "JPN", "2024-06-04"),
])
def test_the_visit_and_the_meeting(ex, issuer, date, text, host, day):
    got = ex(text, issuer=issuer, date=date, types=["meeting", "visit"])
    assert got == [("meeting", (issuer,), (host,), day), ("visit", (issuer,), (host,), day)]


def test_a_trip_announced_to_meet_is_neither(ex):
    assert ex("The Vice Minister will travel to Tokyo on 28 June to meet Japan's Foreign "
              "Minister.", issuer="KOR", date="2024-06-25", types=["meeting", "visit"]) == []
