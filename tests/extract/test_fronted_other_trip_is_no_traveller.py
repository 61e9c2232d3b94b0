"""A phrase opening the sentence with another trip of the traveller ("Before his Peru
tour, the Secretary visited Chile and Bolivia", "Ahead of her Lima visit, ...") names
that trip's place, not a traveller: the visits are the traveller's alone. A country's
own minister named after the phrase still travels (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_LEAD = "U.S. Secretary of State Mary Stone is paying a two-day visit to Lima. "


@pytest.mark.parametrize("text, hosts", [
    ("Before her Peru tour, Stone visited Chile and Bolivia.", ["BOL", "CHL"]),
    ("Ahead of her Lima visit, Stone had travelled to Ecuador.", ["ECU"]),
    ("Prior to her Peru stay, Stone visited Colombia and Ecuador.", ["COL", "ECU"]),
    ("Following her Peruvian trip, Secretary Stone flew to Brazil on Thursday, the "
     "State Department said.", ["BRA"]),
])
def test_the_other_trips_place_is_no_traveller(text: str, hosts: list[str]) -> None:
    got = records(_LEAD + text, "PER", {"visit"}, date="2016-01-27")
    assert not [r for r in got if r[1] == ("PER",)], got
    assert sorted(r[2][0] for r in got if r[1] == ("USA",) and r[2] != ("PER",)) == hosts, got


def test_a_ministers_country_after_the_phrase_still_travels() -> None:
    got = records(_LEAD + "Before the visit, Peru's Foreign Minister travelled to Chile.",
                  "PER", {"visit"}, date="2016-01-27")
    assert ("visit", ("PER",), ("CHL",), "2016") in [r[:3] + (r[3][:4],) for r in got], got
