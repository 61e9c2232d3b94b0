"""A credentials ceremony that counts its envoys ("received the credentials of four
new ambassadors") and the next sentence that names them ("They are Ms A of Norway,
...") give one meeting with each country named, on the ceremony's day; a list that
follows anything else gives none (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[tuple[str, str | None]]:
    return sorted((r.to[0], r.date.start)
                  for r in extract_text(text, issuer="KEN", date="2024-03-09").records
                  if r.type == "meeting" and r.to)


_FOUR = [("NOR", "2024-03-08"), ("UGA", "2024-03-08"), ("URY", "2024-03-08"),
         ("UZB", "2024-03-08")]


@pytest.mark.parametrize("text", [
    "The President received the credentials of four new ambassadors on Friday. They are "
    "Ms. Anna Berg of Norway, Mr. Tomás Ruiz of Uruguay, Mr. Ali Karimov of Uzbekistan and "
    "Mrs. Grace Otieno of Uganda.",
    "On Friday the Cabinet Secretary accepted copies of the letters of credence of four "
    "envoys. The new envoys are the Ambassadors of Norway, Uruguay and Uzbekistan and the "
    "High Commissioner of Uganda.",
    "At State House on Friday, the President received the credentials of four new heads of "
    "mission.\n\nThe heads of mission concerned are Ambassador Berg (Norway), Ambassador "
    "Ruiz (Uruguay), Ambassador Karimov (Uzbekistan) and High Commissioner Otieno (Uganda).",
    "Copies of the credentials of four ambassadors were received by the Minister on Friday. "
    "The ambassadors were Ms. Berg of Norway, Mr. Ruiz of Uruguay, Mr. Karimov of "
    "Uzbekistan and Mrs. Otieno of Uganda.",
])
def test_envoys_named_after_their_ceremony_are_met_that_day(text):
    assert _meetings(text) == _FOUR


@pytest.mark.parametrize("text", [
    # no ceremony before the list
    "The President addressed the annual conference of ambassadors on Friday. They are Ms. "
    "Anna Berg of Norway and Mr. Tomás Ruiz of Uruguay.",
    # the envoys listed are the issuer's own, named at a briefing
    "The Ministry briefed the press on Friday. The new ambassadors are Ms. Berg, posted to "
    "Norway, and Mr. Ruiz, posted to Uruguay.",
    # a sentence between the ceremony and the list
    "The President received the credentials of two new ambassadors on Friday. He wished "
    "them a fruitful tour of duty. They are Ms. Berg of Norway and Mr. Ruiz of Uruguay.",
])
def test_a_list_without_its_ceremony_just_before_is_no_meeting(text):
    assert _meetings(text) == []


def test_the_ceremony_day_is_not_the_datelines():
    text = ("Nairobi, Mar. 9, KNA - The Cabinet Secretary on Friday received copies of the "
            "credentials of two new ambassadors. They are Ms. Anna Berg of Norway and Mr. "
            "Tomás Ruiz of Uruguay.")
    assert _meetings(text) == [("NOR", "2024-03-08"), ("URY", "2024-03-08")]
