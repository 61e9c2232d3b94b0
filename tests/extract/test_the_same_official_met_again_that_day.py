"""A meeting told again the same day with the same foreign official named, whoever the
subject ("The minister, who is in Lima for the forum, met President Rojas at the
palace", or a quoted post "Called on President Ana Rojas this evening"), after "called
on Peruvian President Ana Rojas" is that one meeting; one told as another ("also",
"again", "later") or with another official is a second (texts of our own)."""

from __future__ import annotations

import pytest

LEAD = ("LIMA: Foreign Minister Tom Berg on Tuesday called on Peruvian President Ana "
        "Rojas and held wide-ranging talks. ")


@pytest.mark.parametrize("text", [
    "The minister, who is in Lima for the regional forum, met with President Rojas at "
    "the Government Palace.",
    "\"Called on President of Peru Ana Rojas this evening in Lima,\" Berg posted on X.",
    "Berg met President Rojas at the palace, the ministry said.",
    "The two sides agreed to expand trade, and Berg received assurances from President "
    "Rojas.",
])
def test_one_meeting(ex, text):
    got = ex(LEAD + text, issuer="NOR", date="2024-06-11")
    assert [r[2] for r in got if r[0] == "meeting"] == [("PER",)]


@pytest.mark.parametrize("text", [
    "Berg later met President Rojas again for a working dinner.",
    "Berg also met Prime Minister Luis Vera at the palace.",
])
def test_another_meeting(ex, text):
    got = ex(LEAD + text, issuer="NOR", date="2024-06-11")
    assert [r[2] for r in got if r[0] == "meeting"] == [("PER",), ("PER",)]
