"""A country's "top diplomat" (or "chief diplomat") who "is in" or "was in" a city is
there on a visit, like a foreign minister; a thing that is in a place is not
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import dated_core


@pytest.mark.parametrize("sentence", [
    "China's top diplomat is currently in Bali for the meeting of the group.",
    "Japan's chief diplomat was in Bali on Monday for talks.",
    "The Chinese top diplomat is currently in Bali for the ministerial meeting.",
    "Vietnam's top diplomat is also in Bali for the forum.",
])
def test_top_diplomat_in_a_city_visits(sentence: str) -> None:
    got = dated_core("IDN", sentence)
    assert any(r[0] == "visit" and r[2] == ("IDN",) and r[1] != ("IDN",) for r in got), got


def test_a_thing_in_a_city_is_no_visit() -> None:
    # near miss: the summit's venue
    got = dated_core("IDN", "China's top summit of the year is in Bali this time.")
    assert not [r for r in got if r[0] == "visit"], got
