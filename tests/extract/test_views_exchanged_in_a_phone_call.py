"""Views exchanged "in a phone conversation", "during a telephone call", "by video
link" are one contact, the call, whichever day each trigger found (sentences of our
own); a meeting told as a step before or after the call stays."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Minister and his Estonian counterpart exchanged views on regional security in "
    "a phone conversation on Monday.",
    "Foreign Minister Darchiashvili and his Estonian colleague exchanged views on Black "
    "Sea security during a telephone call on Monday.",
    "The Minister and the Foreign Minister of Estonia exchanged opinions by video link "
    "on Monday.",
])
def test_views_exchanged_in_a_call_are_the_call(ex, text):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting", "call"])
    assert got == [("call", ("GEO",), ("EST",), "2024-03-11")]


def test_a_meeting_then_a_call_stays_two(ex):
    got = ex("The Minister met his Estonian counterpart in Riga and later spoke with him "
             "by phone.", issuer="GEO", date="2024-03-14",
             types=["meeting", "call"])
    assert sorted(g[0] for g in got) == ["call", "meeting"]
