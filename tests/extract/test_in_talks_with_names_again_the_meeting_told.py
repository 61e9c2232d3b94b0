"""Talks or discussions with a partner, opening the sentence with no article ("In talks
with the Foreign Minister of Peru, she stressed ...", "During discussions with Chilean
Foreign Minister A, ..."), after the meetings with that partner were told the same day,
name that meeting again: one record each (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Minister Holm held talks with Peru, Chile and Mexico. In talks with the Foreign "
    "Minister of Peru, she stressed mining investment.",
    "Minister Holm met the foreign ministers of Peru, Chile and Mexico on Monday. During "
    "discussions with Peruvian Foreign Minister Ana Rojas, Holm raised trade.",
    "On Monday Holm held bilateral talks that included Peru, Chile and Mexico. In "
    "discussions with the Peruvian Foreign Minister, Holm highlighted fisheries.",
    "Minister Holm held meetings with Peru, Chile and Mexico. In her talks with the "
    "Foreign Minister of Peru, Holm welcomed the new air link.",
])
def test_one_meeting_each(ex, text):
    got = ex(text, issuer="SWE", date="2024-09-20")
    assert sorted(r[2] for r in got if r[0] == "meeting") == [("CHL",), ("MEX",), ("PER",)]


def test_a_separate_meeting_told_as_such_stays(ex):
    got = ex("Minister Holm met the Foreign Minister of Peru on Monday. In separate talks "
             "with the President of Peru, Holm discussed trade.", issuer="SWE",
             date="2024-09-20")
    assert [r[2] for r in got if r[0] == "meeting"] == [("PER",), ("PER",)]
