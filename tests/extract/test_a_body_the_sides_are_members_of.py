"""A body the two sides are said to belong to ("Being close neighbours and members of
ASEAN, ...", "As fellow members of the Commonwealth, ...") is no side of the meeting
told in the sentence; members of a body met (the European Parliament's) still are
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_LEAD = "The Foreign Minister met his Thai counterpart on Monday. "
_MEET = frozenset({"meeting"})


@pytest.mark.parametrize("sentence", [
    "Being close neighbours and members of ASEAN, the Minister said during the meeting "
    "they stressed the need to work together.",
    "As fellow members of ASEAN, the Minister said during the meeting they agreed to "
    "cooperate on trade.",
    "Both being members of the Commonwealth, they said during the meeting they would "
    "cooperate.",
    "As members of the OIC, they also reviewed during the meeting the situation in Gaza.",
])
def test_body_of_membership_is_no_side(sentence: str) -> None:
    got = records(_LEAD + sentence, "MYS", _MEET, date="2023-01-17", orgs=True)
    assert all(not r[3] for r in got), got


def test_members_of_a_body_met_are_its_side() -> None:
    # near miss: the people met are the body's members
    got = records("The Foreign Minister met members of the European Parliament in "
                  "Brussels.", "MYS", _MEET, date="2023-01-17", orgs=True)
    assert any("EU" in r[3] or "EP" in r[3] for r in got), got
