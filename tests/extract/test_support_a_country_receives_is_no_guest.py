"""What a country "receives" may be a thing, not a guest: "will see to it that
Kenya receives adequate technical and financial support" is no meeting, as for
"received" (sentences of our own)."""

from __future__ import annotations

import pytest

_MET = "The Minister of Foreign Affairs on Monday received the Ambassador of Chile.\n\n"


@pytest.mark.parametrize("text", [
    "Ambassador Reyes said Chile will see to it that Kenya receives adequate technical and "
    "financial support for its farmers.",
    "The Ambassador hoped that Kenya receives timely assistance after the floods.",
    "Chile will make sure Kenya receives the funding it needs.",
])
def test_a_thing_received_is_no_meeting(ex, text):
    got = ex(_MET + text, issuer="KEN", date="2024-03-06", types=["meeting"])
    assert got == [("meeting", ("KEN",), ("CHL",), "2024-03-04")]


def test_a_guest_received_is_still_met(ex):
    got = ex("Kenya receives the Ambassador of Chile.", issuer="KEN", date="2024-03-06",
             types=["meeting"])
    assert got == [("meeting", ("KEN",), ("CHL",), "2024-03-06")]
