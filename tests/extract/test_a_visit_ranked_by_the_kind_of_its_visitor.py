"""A visit ranked among those of travellers of a kind, the kind named after "by"
("arrived in Oslo on a state visit on Monday, the first by a Chilean head of state"):
the country after "by" is the visitor's own side, never the host of a second visit
the other way (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_DAY = "2024-05-10"


@pytest.mark.parametrize(("text", "expected"), [
    ("President Luis Vargas of Chile arrived in Oslo on a state visit on Monday, the first "
     "by a Chilean head of state.", event("visit", "CHL", "NOR", "2024-05-06")),
    ("The Minister arrived in Chile on a three-day visit on Monday, the first by a "
     "Norwegian minister since 2015.", event("visit", "NOR", "CHL", "2024-05-06")),
    ("Foreign Minister Luis Soto of Chile came to Oslo on an official visit on Monday, the "
     "first such visit by a Chilean foreign minister.", event("visit", "CHL", "NOR",
                                                              "2024-05-06")),
    ("The State Secretary arrived in Peru on a working visit on Monday, the only one by a "
     "Norwegian official this year.", event("visit", "NOR", "PER", "2024-05-06")),
])
def test_one_visit_of_the_visitor(text, expected):
    assert records(text, "NOR", CORE, date=_DAY) == [expected]


def test_a_host_named_after_to_stays():
    text = "The Minister made the first visit to Chile by a Norwegian minister on Monday."
    assert records(text, "NOR", CORE, date=_DAY) == [event("visit", "NOR", "CHL", "2024-05-06")]
