"""Two governments' "Binational Committee" ("the 5th Meeting of the Bolivia–Peru
Permanent Binational Committee") is a standing bilateral body like a binational
commission: its sitting is a commission session (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, dated_core


@pytest.mark.parametrize("text", [
    "The two vice-ministers met in La Paz on 11 March as part of the fifth sitting of the "
    "Bolivia–Peru Permanent Binational Committee.",
    "The 3rd Meeting of the Bolivia–Peru Binational Committee was held in La Paz on 11 March.",
    "On 11 March, Bolivia and Peru held the fourth session of their Binational Committee in "
    "La Paz.",
    "The Peru-Bolivia Bi-National Committee met in Lima on 11 March to review the border "
    "agenda.",
])
def test_a_session(text):
    assert ("commission", ("BOL",), ("PER",), "2025-03-11") in dated_core("BOL", text, CORE)


def test_a_committee_only_talked_about_is_none():
    text = ("The two vice-ministers met in La Paz on 11 March and discussed the work of a "
            "binational committee on water.")
    assert [r for r in dated_core("BOL", text, CORE) if r[0] == "commission"] == []
