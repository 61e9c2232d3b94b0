"""Consultations between two ministries told only by what they achieved ("the
consultations of our two foreign ministries were successful in moving the session", "...
succeeded in fixing the date", "... made it possible to agree the agenda"): informal
contacts that served an arrangement, no round of consultations. Consultations that
were held, took place or were led by someone stay a round (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_C = {"consultation"}
_LEAD = "The Foreign Minister of Peru arrived in Santiago on Monday for the joint commission. "


@pytest.mark.parametrize("text", [
    "Consultations between the foreign ministries of Chile and Peru were successful in "
    "moving the summit forward.",
    "Consultations between the foreign ministries of Chile and Peru succeeded in setting a "
    "date for the visit.",
    "Consultations between the foreign ministries of Chile and Peru made it possible to "
    "agree the agenda in time.",
    _LEAD + "“I am glad that consultations between our two ministries were instrumental in "
    "bringing the session forward,” the Minister said.",
    _LEAD + "Consultations between our two ministries proved helpful in clearing the "
    "last open points of the agenda.",
])
def test_no_round_of_consultations(text: str) -> None:
    assert records(text, "CHL", _C, date="2022-03-01") == []


@pytest.mark.parametrize("text", [
    "Consultations between the foreign ministries of Chile and Peru were held in Lima on "
    "Monday.",
    "Political consultations between Chile and Peru took place in Santiago and were "
    "successful in every respect.",
    _LEAD + "Consultations between the two ministries were held the day before.",
])
def test_a_round_held_stays(text: str) -> None:
    assert [r[2] for r in records(text, "CHL", _C, date="2022-03-01")] == [("PER",)]
