"""The diplomatic corps named by whose envoys it holds ("met the diplomatic corps of the
Nordic countries and Japan"): each country named there is a counterpart, one meeting
each; a group of states with no country's name ("of the Arab states", "of EU member
states") and the corps by where it is posted still give a meeting with none (sentences
of our own)."""

from __future__ import annotations

import pytest

_DAY = "2023"


@pytest.mark.parametrize(("text", "partners"), [
    ("Deputy Minister Nowak met with the diplomatic corps of the Nordic countries and Japan "
     "on 29 August.", ["JPN"]),
    ("On 29 August Deputy Minister Nowak met with representatives of the diplomatic corps of "
     "Gulf states and of Kenya.", ["KEN"]),
    ("The Minister briefed the diplomatic corps of African countries and Brazil on 29 August "
     "on the summit.", ["BRA"]),
    ("The State Secretary held a briefing for the diplomatic corps of the Caribbean states "
     "and Cuba on 29 August.", ["CUB"]),
    ("On 29 August the Minister met the diplomatic corps of Chile and Peru.", ["CHL", "PER"]),
])
def test_the_countries_of_the_corps_are_met(ex, text, partners):
    got = ex(text, issuer="POL", date=_DAY, types=["meeting"])
    assert got == [("meeting", ("POL",), (p,), "2023-08-29") for p in partners]


@pytest.mark.parametrize("text", [
    "Deputy Minister Nowak met with the diplomatic corps of the Arab states on 29 August.",
    "The Minister briefed the diplomatic corps accredited in Poland on the situation in "
    "Ukraine on 29 August.",
    "The Minister briefed the diplomatic corps of EU member states on 29 August on relations "
    "with Chile.",
])
def test_a_corps_of_no_named_country_has_no_counterpart(ex, text):
    got = ex(text, issuer="POL", date=_DAY, types=["meeting"])
    assert got == [("meeting", ("POL",), (), "2023-08-29")]
