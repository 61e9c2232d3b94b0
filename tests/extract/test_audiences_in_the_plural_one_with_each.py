"""Audiences in the plural with dignitaries joined by "and" ("was granted audiences with
the King and the Crown Prince", "received audiences with His Majesty the Emir and His
Highness the Deputy Emir") are one audience with each; a single audience with two, or
"met the King and the Crown Prince", stays one meeting (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _meetings(text: str, issuer: str = "NOR") -> list[tuple]:
    return records(text, issuer, {"meeting"}, date="2021")


@pytest.mark.parametrize("text, guest, day", [
    ("The Foreign Minister of Kenya was granted audiences with His Majesty King Harald and "
     "His Royal Highness Crown Prince Haakon in Oslo on 3 May.", "KEN", "2021-05-03"),
    ("On 3 May the Foreign Minister of Chile received audiences with His Majesty The King "
     "and His Majesty the former King.", "CHL", "2021-05-03"),
    ("The Secretary of State of Chile had audiences with the King and the Crown Prince on "
     "3 May.", "CHL", "2021-05-03"),
    ("On 3 May, the visiting Foreign Minister of Peru was received in separate audiences by "
     "the King and the Queen.", "PER", "2021-05-03"),
])
def test_audiences_with_two_are_two_meetings(text: str, guest: str, day: str) -> None:
    assert _meetings(text) == [("meeting", ("NOR",), (guest,), day)] * 2


@pytest.mark.parametrize("text, guest, day", [
    ("The Foreign Minister of Kenya had an audience with King Harald and Queen Sonja in "
     "Oslo on 3 May.", "KEN", "2021-05-03"),
    ("The Foreign Minister of Kenya met His Majesty King Harald and His Royal Highness "
     "Crown Prince Haakon in Oslo on 3 May.", "KEN", "2021-05-03"),
    ("The Foreign Minister of Kenya was granted audiences with His Majesty King Harald in "
     "Oslo on 3 May.", "KEN", "2021-05-03"),
])
def test_one_audience_or_one_verb_stays_one(text: str, guest: str, day: str) -> None:
    assert _meetings(text) == [("meeting", ("NOR",), (guest,), day)]
