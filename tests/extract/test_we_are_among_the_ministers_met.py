"""A meeting with "the foreign ministers of A, B, C and D" where the issuer's own country
is one of those listed: its minister sat at one table with the others, so the clause
tells one meeting of them all, not one with each ("sat down for an informal meeting
with the foreign ministers of Austria, Czechia and Hungary", Austria the issuer). Without the
issuer in the list the ministers are met each on their own, as before (sentences of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Vienna, 12 March 2025\n\n"


def _meetings(text: str) -> list[tuple]:
    return records(_HEAD + text, "AUT", {"meeting"})


@pytest.mark.parametrize("text, partners", [
    ("In Bratislava, Foreign Minister Lena Hof sat down for an informal meeting with the "
     "foreign ministers of Austria, Czechia, Hungary and Slovakia.", ("CZE", "HUN", "SVK")),
    ("Hof met the foreign ministers of Hungary, Austria and Slovenia in Graz.",
     ("HUN", "SVN")),
    ("Chancellor Karl Brandt joined a meeting with the prime ministers of Latvia, Austria "
     "and Estonia in Riga.", ("LVA", "EST")),
    ("In Zagreb, Hof attended talks with the foreign ministers from Slovenia, Croatia and "
     "Austria on river transport.", ("SVN", "HRV")),
])
def test_the_issuer_listed_makes_one_meeting(text: str, partners: tuple[str, ...]) -> None:
    assert _meetings(text) == [("meeting", ("AUT",), partners, "2025-03-12")]


@pytest.mark.parametrize("text", [
    "Hof met the foreign ministers of Hungary and Slovenia in Graz.",
    "Hof met the foreign ministers of Hungary and Slovenia in Graz to discuss Austria's "
    "Council presidency.",
])
def test_without_the_issuer_each_is_met(text: str) -> None:
    assert _meetings(text) == [("meeting", ("AUT",), ("HUN",), "2025-03-12"),
                               ("meeting", ("AUT",), ("SVN",), "2025-03-12")]
