"""Talks named as a fronted adjunct ("After the official talks, the two secretaries
unveiled ...") after a round of consultations or a commission's session told are that
round, not a meeting besides it; after a visit told, the talks are still a meeting
of the visit (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import dated_core

_ROUND = "The fourth round of Foreign Office Consultations between Nepal and Vietnam was " \
         "held in Hanoi. "
_SESSION = "The second session of the Nepal-Vietnam Joint Commission was held in Hanoi. "


@pytest.mark.parametrize("text", [
    _ROUND + "After the official talks, both foreign secretaries launched a stamp.",
    "Political consultations between Nepal and Vietnam were held in Kathmandu. Following "
    "the official talks, the delegations planted a tree.",
    _SESSION + "After the official talks, the co-chairs opened a photo exhibition.",
    _ROUND + "Following the official talks, both sides visited a textile factory.",
])
def test_talks_after_a_round_told_are_that_round(text: str) -> None:
    got = dated_core("NPL", text)
    assert not [r for r in got if r[0] == "meeting"], got


def test_talks_after_a_visit_are_still_a_meeting() -> None:
    # near miss: a visit told, the official talks held during it are a meeting
    got = dated_core("NPL", "The Prime Minister paid an official visit to Vietnam. On 12 "
                            "March, after the official talks, the two leaders witnessed the "
                            "signing of two memoranda.")
    assert ("meeting", ("NPL",), ("VNM",), "2025-03-12") in got, got
