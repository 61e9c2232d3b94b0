"""A body named as a forum, platform or mechanism for strategic dialogue or political
consultations ("the region's premier forum for strategic dialogue") tells what it is for,
no round of dialogue held; a numbered dialogue or consultations held still are one
(sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = ("Canberra, 10 May 2024\n\nThe Prime Minister attended the East Asia Summit in "
        "Vientiane on 9 May.\n\n")


@pytest.mark.parametrize("text", [
    "The East Asia Summit is the region's premier forum for strategic dialogue.",
    "The East Asia Summit is the region’s premier forum for strategic dialogue.",
    "ASEAN is the central forum for strategic dialogue in the region.",
    "The ASEAN Regional Forum remains the premier platform for political consultations on "
    "security.",
    "NATO is a unique forum for strategic dialogue between Europe and North America.",
    "The OSCE provides a platform for political consultations among its 57 participating "
    "States.",
    "The Council remains a key mechanism for political consultations among its members.",
])
def test_what_a_body_is_for_is_no_round(ex, text):
    assert ex(HEAD + text, issuer="AUS", date="2024-05-10", types=["consultation"]) == []


@pytest.mark.parametrize("text", [
    "On Monday Australia and Japan held the third Strategic Dialogue in Tokyo.",
    "On Monday the ministries of Australia and Japan held political consultations in Tokyo.",
])
def test_a_round_held_is_still_one(ex, text):
    got = ex(HEAD + text, issuer="AUS", date="2024-05-10", types=["consultation"])
    assert [to for _t, _f, to, _d in got] == [("JPN",)]
