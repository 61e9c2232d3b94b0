"""An event told as hoped for with "for" ("expressing hope for a swift
face-to-face meeting with", "the wish for an official visit by") was not held: no record; a
hope for something else next to a held meeting keeps it (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "12 May 2024\n\n"


@pytest.mark.parametrize("text", [
    "Kenyan Foreign Minister Joseph Mwangi expressed hope for an in-person meeting with "
    "Minister Kowalczyk in Nairobi early next year.",
    "The minister expressed hope for an early visit to Chile.",
    "Foreign Minister Hana Novak voiced the hope for a swift meeting of the two "
    "presidents of Poland and Chile.",
    "Both sides expressed their wish for an official visit by the Prime Minister of Fiji "
    "to Poland.",
    "French Foreign Minister Pierre Dubois congratulated Minister Anna Kowalczyk, "
    "expressing hope for a swift face-to-face meeting with her in Paris later this year.",
])
def test_a_hoped_for_event_gives_no_record(ex, text):
    assert ex(_LINE + text, issuer="POL", date="2024-05-12") == []


@pytest.mark.parametrize(("text", "want"), [
    ("The President said there was hope for peace after his meeting with Prime Minister "
     "Rui Costa of Portugal.", ("meeting", ("PRT",))),
    ("Minister Kowalczyk met the Foreign Minister of Chile and expressed hope for closer "
     "trade.", ("meeting", ("CHL",))),
])
def test_a_hope_for_something_else_keeps_the_event(ex, text, want):
    got = ex(_LINE + text, issuer="POL", date="2024-05-12")
    assert [(g[0], g[2]) for g in got] == [want]
