"""Texts a minister writes in the first person: "I met", "we discussed", and
the courtesies that carry a meeting ("I was pleased to host ...", "I had the
opportunity to meet ...") (sentences of our own, several phrasings each)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Today I met my Chilean counterpart in Tbilisi.",
    "I held talks with the Foreign Minister of Chile today.",
    "I was pleased to host my Chilean counterpart in Tbilisi today.",
    "It was a pleasure to welcome my Chilean colleague to Tbilisi today.",
    "Today I had the opportunity to meet the Foreign Minister of Chile.",
    "I had the honour of receiving the Foreign Minister of Chile today.",
    "My Chilean counterpart and I discussed trade today.",
    "Today we discussed trade with the Chilean delegation.",
])
def test_a_first_person_meeting(ex, text):
    assert ex(text, date="2024-09-12", types=["meeting"]) == [
        ("meeting", ("GEO",), ("CHL",), "2024-09-12")]


@pytest.mark.parametrize(("text", "typ"), [
    ("Yesterday I arrived in Santiago for a two-day visit.", "visit"),
    ("Today I spoke by phone with the Foreign Minister of Chile.", "call"),
    ("Together with my Chilean counterpart, I signed a memorandum on trade today.",
     "agreement"),
])
def test_first_person_visits_calls_and_signings(ex, text, typ):
    got = ex(text, date="2024-09-12", types=[typ])
    assert [(g[0], g[1], g[2]) for g in got] == [(typ, ("GEO",), ("CHL",))]


@pytest.mark.parametrize("text", [
    "I look forward to meeting my Chilean counterpart in Santiago next month.",
    "I hope to welcome my Chilean colleague to Tbilisi soon.",
    "I will travel to Santiago next week for talks with my counterpart.",
])
def test_a_first_person_hope_or_plan_is_no_event(ex, text):
    assert ex(text, date="2024-09-12", types=["meeting", "visit"]) == []
