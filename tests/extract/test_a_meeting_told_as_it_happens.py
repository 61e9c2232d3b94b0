"""A meeting told as it happens, in the present progressive ("is holding talks
today with", "is meeting his counterpart", "is receiving the Ambassador this
morning", "is hosting the Prime Minister") is held on the day of the text; the
same present with a time ahead after it ("next week", "later this month", "in the
coming days"), or the talks a trip told that way is for, is announced, not held
(sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Windhoek, 14 March 2024 - "


@pytest.mark.parametrize(("text", "partner"), [
    ("The President is holding talks today with President Ramaphosa of South Africa.",
     "ZAF"),
    ("Foreign Minister Ashipala is meeting his Zambian counterpart in Lusaka today.", "ZMB"),
    ("The Minister is today meeting the Ambassador of Japan.", "JPN"),
    ("The Minister is receiving the High Commissioner of India this morning.", "IND"),
    ("President Mbumba is hosting the Prime Minister of Ethiopia at State House.", "ETH"),
])
def test_a_meeting_in_the_present_progressive_is_held_that_day(ex, text, partner):
    got = ex(_LINE + text, issuer="NAM", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("NAM",), (partner,), "2024-03-14")]


@pytest.mark.parametrize("text", [
    "The President is holding talks with the Prime Minister of India next week.",
    "The President holds talks with the Prime Minister of India later this month.",
    "The Minister is meeting his Kenyan counterpart tomorrow in Nairobi.",
    "The Minister travels to Kenya later this month for talks with President Ruto.",
    "The Minister is travelling to Ghana next week for a meeting with President Mahama.",
    "The Minister is meeting the expectations of the Japanese partners.",
    "Namibia is receiving support from the Japanese Government for the project.",
])
def test_a_present_with_a_time_ahead_or_no_official_is_no_meeting(ex, text):
    assert ex(_LINE + text, issuer="NAM", date="2024-03-14",
              types=["meeting", "visit"]) == []


@pytest.mark.parametrize("text", [
    "The Minister met his Kenyan counterpart on Monday and agreed to meet again next month.",
    "The Minister travelled to Kenya on Monday for talks with President Ruto.",
])
def test_a_past_trigger_with_a_time_ahead_later_in_the_clause_stays_held(ex, text):
    got = ex(_LINE + text, issuer="NAM", date="2024-03-14", types=["meeting"])
    assert [g[2] for g in got] == [("KEN",)]
