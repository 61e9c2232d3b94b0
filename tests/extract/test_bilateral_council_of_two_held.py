"""A bilateral council named with its two countries after "of" ("the fourth session
of the High-Level Cooperation Council of Georgia and Greece was held") is a session
of the two countries' commission, not a multilateral session; a body of many
("the Council of Europe", "the Council of the Baltic Sea States") stays multilateral
(sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2025-06-30"


@pytest.mark.parametrize("text", [
    "The Prime Minister of Greece visited Tbilisi on 25 April, when the fourth session of "
    "the High-Level Cooperation Council of Georgia and Greece was held.",
    "The sixth meeting of the High-Level Cooperation Council of Georgia and Greece was held "
    "in Athens on 25 April under the chairmanship of the two prime ministers.",
])
def test_a_council_of_two_countries_held_is_their_commission(ex, text):
    got = ex(text, date=_DAY, types=["commission", "multilateral"])
    assert [(g[0], g[2]) for g in got] == [("commission", ("GRC",))]


def test_a_council_of_many_stays_multilateral(ex):
    text = ("The annual session of the Council of the Baltic Sea States was held in Riga "
            "on 25 April with the Minister taking part.")
    got = ex(text, date=_DAY, types=["commission", "multilateral"])
    assert [g[0] for g in got] == ["multilateral"]
