"""A gathering named after its members and hosted ("hosted the ASEAN Foreign
Ministers' Meeting", "hosted the ... Retreat") is taking part in that body's session,
not a meeting with a guest; a guest hosted by title stays a meeting (sentences of our
own)."""

from __future__ import annotations

import pytest

_LINE = "Jakarta, 14 March 2024 - "


@pytest.mark.parametrize("text", [
    "Indonesia hosted the ASEAN Foreign Ministers' Meeting in Jakarta on 3-4 February.",
    "The Minister hosted the ASEAN Foreign Ministers' Retreat in Jakarta on 3-4 February.",
    "The Minister attended the ASEAN Foreign Ministers' Retreat in Luang Prabang.",
])
def test_a_members_gathering_hosted_is_multilateral(ex, text):
    got = ex(_LINE + text, issuer="IDN", date="2024-03-14", types=["meeting", "multilateral"])
    assert [g[0] for g in got] == ["multilateral"]


@pytest.mark.parametrize("text", [
    "The Minister hosted the Foreign Minister of Japan for talks.",
    "The Minister hosted the Japanese Foreign Minister at the Ministry.",
])
def test_a_guest_hosted_by_title_is_a_meeting(ex, text):
    got = ex(_LINE + text, issuer="IDN", date="2024-03-14", types=["meeting", "multilateral"])
    assert [(g[0], g[2]) for g in got] == [("meeting", ("JPN",))]
