"""A summit named after a country and a continent or region ("the Africa-Italy
Summit", "the Korea-Africa Summit", "the China-Arab States Summit") is a gathering of
many, no bilateral meeting with that country; the talks held on its margins are with
the partners named. "On margins of", "on the margin of" open a sideline as "on the
margins of" does (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("On the margins of the Africa-Italy Summit in Rome on 29 January, the President held "
     "talks with the President of Kenya.", "KEN"),
    ("On the sidelines of the Korea-Africa Summit on 29 January, the Minister met the "
     "Foreign Minister of Ghana.", "GHA"),
    ("On the margins of the Türkiye-Africa Partnership Summit on 29 January, the Minister "
     "met his Nigerian counterpart.", "NGA"),
])
def test_the_country_in_a_regions_summit_is_no_partner(ex, text, partner):
    got = ex(text, issuer="ERI", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("ERI",), (partner,), "2024-01-29")]


def test_a_two_country_summit_is_still_a_meeting(ex):
    got = ex("The Japan-Eritrea Summit Meeting was held in Tokyo on 29 January.",
             issuer="ERI", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("ERI",), ("JPN",), "2024-01-29")]


@pytest.mark.parametrize("text", [
    "On margins of the conference on UN reform, the Minister held talks with the foreign "
    "ministers of Spain and Italy.",
    "On the margin of the forum, the Minister met the Foreign Ministers of Spain and Italy.",
])
def test_margins_written_without_the_or_in_the_singular(text):
    from communique.extract import extract_text

    res = extract_text(text, issuer="ERI", date="2024-03-14")
    assert sorted(r.type for r in res.records) == ["meeting", "meeting", "multilateral"]
