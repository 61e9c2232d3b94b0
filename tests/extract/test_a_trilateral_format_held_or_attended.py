"""A sitting of a trilateral format named by its three countries, told as what
someone held, chaired, attended or took part in ("co-chaired the fourth meeting of
the A-B-C trilateral format in Baku"), is one meeting with the two other countries
(sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The two Foreign Ministers co-chaired the fourth meeting of the Georgia-Azerbaijan-"
    "Türkiye trilateral format in Baku on Tuesday.",
    "On Tuesday the Minister took part in the session of the Georgia-Azerbaijan-Türkiye "
    "trilateral platform in Baku.",
    "The Minister attended the tenth meeting of the Georgia–Azerbaijan–Türkiye trilateral "
    "format on Tuesday.",
    "On Tuesday Baku hosted the ministerial meeting of the Azerbaijan-Georgia-Türkiye "
    "trilateral format.",
])
def test_a_trilateral_sitting_is_one_meeting_with_the_two_others(ex, text):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("AZE", "TUR"), "2024-03-12")]


def test_a_trilateral_format_named_as_a_topic_is_no_meeting(ex):
    got = ex("The Minister praised the Georgia-Azerbaijan-Türkiye trilateral format as a "
             "model of cooperation.", issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == []
