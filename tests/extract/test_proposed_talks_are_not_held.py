"""Talks proposed ("suggested reviving the stalled talks between A, B and C", "proposed
resuming the political consultations with Chile", "suggested that the two sides restart
their strategic dialogue") are a proposal, not an occasion; talks held after a proposal
in the same sentence stay held (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text", [
    "Minister Weber suggested reviving the stalled peace talks between Armenia, Georgia, "
    "Azerbaijan and Germany.",
    "Minister Weber proposed resuming the political consultations with Chile, which "
    "stalled in 2019.",
    "Minister Weber suggested that the two sides restart their strategic dialogue with "
    "Chile.",
    "The Minister proposes convening a new round of consultations with Peru before the "
    "end of the year.",
])
def test_proposed_talks_are_no_occasion(text: str) -> None:
    got = records(text, "DEU", CORE, date="2018-05-09")
    assert not got, got


def test_talks_held_after_a_proposal_stay() -> None:
    got = records("Minister Weber suggested a new format and held talks with the Foreign "
                  "Minister of Chile.", "DEU", CORE, date="2018-05-09")
    assert got == [("meeting", ("DEU",), ("CHL",), "2018-05-09")], got
