"""A tour whose countries are told by the return from it ("returned home on Friday
from a tour of Kenya, Tanzania and Uganda"), by the countries counted and then named
("toured three Baltic states: Estonia, Latvia and Lithuania"), by what it took in
("his Balkan tour, which took in Serbia and Montenegro") or by where a tour of a region
took the traveller ("The Minister's tour of the Gulf took her to Qatar"): one visit per
country (sentences of our own). A tour of a site, or of things counted that are no
countries, is none."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_DAY = "2024-05-10"


def _visits(hosts: str, date: str) -> list[tuple]:
    return [event("visit", "NOR", h, date) for h in hosts.split()]


@pytest.mark.parametrize(("text", "expected"), [
    ("Minister Anne Berg returned home on Friday from a tour of Kenya, Tanzania and Uganda.",
     _visits("KEN TZA UGA", _DAY)),
    ("On Sunday the President came back from an official tour of Chile and Argentina.",
     _visits("CHL ARG", "2024-05-05")),
    ("Minister Berg toured three Baltic states: Estonia, Latvia and Lithuania.",
     _visits("EST LVA LTU", _DAY)),
    ("On Tuesday the State Secretary toured two Nordic countries - Sweden and Finland.",
     _visits("SWE FIN", "2024-05-07")),
    ("The Minister completed his Balkan tour, which took in Serbia and Montenegro, on "
     "Thursday.", _visits("SRB MNE", "2024-05-09")),
    ("The trip took in Hanoi and Jakarta.", _visits("VNM IDN", _DAY)),
    ("The Foreign Minister's tour of the Gulf took her to Qatar on 4 May, Kuwait on 5 May "
     "and Oman on 6 May.", [event("visit", "NOR", "QAT", "2024-05-04"),
                            event("visit", "NOR", "KWT", "2024-05-05"),
                            event("visit", "NOR", "OMN", "2024-05-06")]),
])
def test_the_tours_countries_are_visited(text, expected):
    assert records(text, "NOR", CORE, date=_DAY) == sorted(expected)


@pytest.mark.parametrize("text", [
    "The guide returned from a tour of the National Museum.",
    "The Minister toured three factories: Hydro, Equinor and Yara.",
    "The delegation toured the Kenya Pavilion on Friday.",
])
def test_no_tour_of_countries(text):
    assert records(text, "NOR", {"visit"}, date=_DAY) == []
