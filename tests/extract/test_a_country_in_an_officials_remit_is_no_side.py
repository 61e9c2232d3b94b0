"""A country among the fields an office is "for" ("Assistant Secretary for Andean
Affairs and Bolivia", "Director for Russia and Central Asia") is the official's
brief, neither the official's country nor a side met; a country set off by a bare
comma after a title, or after "of", is still the official's own (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister Dlamini met with Mr. John Park, Deputy Assistant Secretary for Andean "
     "Affairs and Bolivia, Bureau of Western Hemisphere Affairs, United States Department "
     "of State, on 4 May.",
     [("meeting", ("ZAF",), ("USA",), "2023-05-04")]),
    ("On 4 May the Deputy Minister received Ms. Ana Ruiz, Director for Russia and Central "
     "Asia at the Spanish Ministry of Foreign Affairs.",
     [("meeting", ("ZAF",), ("ESP",), "2023-05-04")]),
    ("Talks were held on 4 May with the Japanese Special Representative for Korean Peninsula "
     "Affairs and Mongolia, Mr. Ken Sato.",
     [("meeting", ("ZAF",), ("JPN",), "2023-05-04")]),
    ("The Minister met Ms. Lee, Director for Haiti and Caribbean Affairs at the Foreign "
     "Ministry of Canada, in Pretoria on 4 May.",
     [("meeting", ("ZAF",), ("CAN",), "2023-05-04")]),
])
def test_the_remit_names_no_side(ex, text, expected):
    assert ex(text, issuer="ZAF", types=["meeting"]) == expected


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister met Mr. Tom Ode, Minister for Foreign Affairs, Ireland, on 4 May.", "IRL"),
    ("Minister Pandor met the Minister for Foreign Affairs and Trade of Ireland on 4 May.",
     "IRL"),
])
def test_the_officials_own_country_stays(ex, text, partner):
    assert ex(text, issuer="ZAF", types=["meeting"]) == [
        ("meeting", ("ZAF",), (partner,), "2023-05-04")]


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister met the Director-General for Asia and India of the Dutch Foreign "
     "Ministry in Pretoria on 4 May.", "NLD"),
    ("On 4 May the Deputy Minister received the Deputy Director General for Africa and "
     "Angola of the German Foreign Office.", "DEU"),
])
def test_a_title_joined_to_general_has_its_remit_too(ex, text, partner):
    assert ex(text, issuer="ZAF", types=["meeting"]) == [
        ("meeting", ("ZAF",), (partner,), "2023-05-04")]


def test_a_secretary_general_of_a_country_stays_its_own(ex):
    assert ex("The Minister met the Secretary-General for Foreign Affairs and Trade of "
              "Ireland on 4 May.", issuer="ZAF", types=["meeting"]) == [
        ("meeting", ("ZAF",), ("IRL",), "2023-05-04")]
