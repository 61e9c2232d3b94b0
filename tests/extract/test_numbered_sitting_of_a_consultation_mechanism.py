"""A numbered sitting of the two sides' mechanism for consultations ("convened the sixth
meeting of their Mechanism for Political Consultations", "the 6th meeting of the A-B
Mechanism for Political Consultations was held") is a round of consultations, not a
meeting; the mechanism set up, or its next meeting agreed, is none."""

from __future__ import annotations

import pytest

from .probe_support import CORE, dated_core


def _core(issuer: str, text: str) -> list[tuple]:
    return dated_core(issuer, text, CORE)


@pytest.mark.parametrize("text", [
    "Peru and Vietnam convened the sixth meeting of their Mechanism for Political "
    "Consultations in Lima on 11 March.",
    "On 11 March, Peru and Vietnam held the 6th session of their mechanism for political "
    "consultations in Lima.",
    "The vice ministers of Peru and Vietnam co-chaired the first meeting of the Mechanism "
    "of Bilateral Consultations in Lima on 11 March.",
    "The 6th meeting of the Peru-Vietnam Mechanism for Political Consultations was held in "
    "Lima on 11 March.",
])
def test_a_numbered_sitting_of_the_mechanism_is_a_round(text):
    assert _core("PER", text) == [("consultation", ("PER",), ("VNM",), "2025-03-11")]


@pytest.mark.parametrize("text", [
    "Peru and Vietnam agreed to establish a mechanism for political consultations.",
    "The ministers of Peru and Vietnam agreed that the next meeting of the Mechanism for "
    "Political Consultations would be held in Hanoi.",
])
def test_the_mechanism_set_up_or_planned_is_no_round(text):
    assert [r for r in _core("PER", text) if r[0] == "consultation"] == []
