"""A country inside the name of a research programme, initiative, project or chair that
an official heads ("the Director of the Africa and Nigeria Program at a think tank",
"the head of the Americas, Brazil and Andes Initiative", "the Japan Chair") is the
field of that unit, not a side met: the meeting is with no country (the host's visit
stays). A counterpart of the country itself is still met (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Vienna, 12 March 2025\n\n"


def _core(text: str) -> list[tuple]:
    return [r for r in records(_HEAD + text, "AUT", {"meeting", "visit"})
            if r[0] == "meeting" and r[2]]


@pytest.mark.parametrize("text", [
    "In Washington, Minister Hof also met with the Director of the Africa and Nigeria "
    "Program at the Brookings Institution.",
    "In Washington, Minister Hof also met the head of the Americas, Brazil, and Andes "
    "Initiative of the Wilson Center.",
    "Minister Hof also held talks in Washington with the Director of the Europe, Turkey "
    "and Caucasus Programme of a leading think tank.",
    "During her stay in Washington, Minister Hof met with the holder of the Japan Chair "
    "at the Hudson Institute.",
    "Minister Hof also met with the Director of the Mexico Project at the Baker "
    "Institute in Houston.",
])
def test_a_country_naming_a_programme_is_no_side(text: str) -> None:
    assert _core(text) == []


def test_the_country_itself_is_still_met() -> None:
    # a near miss: the counterpart of the country, with a programme named in a topic
    text = ("In Washington, Minister Hof also met with the Foreign Minister of Nigeria "
            "and discussed the Africa Program of the bank.")
    assert _core(text) == [("meeting", ("AUT",), ("NGA",), "2025-03-12")]
