"""A topic narrowed by an adverb after the partner ("held talks with the Foreign
Minister of Peru, mainly on Venezuela", "had phone talks with his French counterpart,
chiefly on Ukraine", "met the President of Ghana, focusing primarily on Mali") names no
partner: the country talked about is no side of the meeting or call (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind, partner", [
    ("The Foreign Minister held talks with Chilean Foreign Minister Luis Vera, "
     "particularly on Venezuela.", "meeting", "CHL"),
    ("Minister Park had phone talks with the French Foreign Minister, largely on "
     "Ukraine, the ministry said on Monday.", "call", "FRA"),
    ("On Friday the minister held talks with his Egyptian counterpart, centring mainly "
     "on Sudan.", "meeting", "EGY"),
    ("President Ruto met the Prime Minister of Ethiopia in Addis Ababa, focusing "
     "primarily on Somalia.", "meeting", "ETH"),
    ("The two foreign ministers of Korea and Japan spoke by telephone, mostly over "
     "North Korea.", "call", "JPN"),
    ("Minister Park held a meeting with the Canadian Foreign Minister, above all on "
     "Haiti and Venezuela.", "meeting", "CAN"),
])
def test_the_country_talked_about_is_no_partner(ex, text, kind, partner):
    got = ex(text, issuer="KOR", date="2024-03-05")
    assert [r[2] for r in got if r[0] == kind] == [(partner,)]


@pytest.mark.parametrize("text, partners", [
    # partners listed with an adverb, no topic: every one is met
    ("Minister Park met the Foreign Ministers of Chile, Peru and, in particular, "
     "Brazil.", [("BRA",), ("CHL",), ("PER",)]),
    ("Minister Park held talks with the Foreign Minister of Peru and especially with "
     "the Foreign Minister of Chile.", [("CHL",), ("PER",)]),
])
def test_partners_singled_out_stay_partners(ex, text, partners):
    got = ex(text, issuer="KOR", date="2024-03-05")
    assert sorted(r[2] for r in got if r[0] == "meeting") == partners
