"""A conversation told by how long it lasted ("They spoke for 20 minutes on Friday",
"the two ministers talked for half an hour") is a call, and "they" are the two
sides of the sentence before; one speaker's time ("he spoke for 20 minutes at the
conference") is a speech's (sentences of our own)."""

from __future__ import annotations

import pytest

_BEFORE = ("Finnish Foreign Minister Anna Berg agreed with her Chilean counterpart Pedro "
           "Soto to return to the fisheries question at a later date. ")


@pytest.mark.parametrize("text", [
    "They spoke for 20 minutes on Tuesday, discussing trade and energy.",
    "They talked for half an hour on Tuesday.",
    "On Tuesday they spoke for about an hour, covering trade and the Arctic.",
    "The two ministers spoke for forty minutes on Tuesday.",
    "They spoke by phone on Tuesday.",
])
def test_they_spoke_for_a_time_is_a_call_with_the_partner(ex, text):
    got = ex(_BEFORE + text, issuer="FIN", date="2024-03-08", types=["call"])
    assert got == [("call", ("FIN",), ("CHL",), "2024-03-05")]


@pytest.mark.parametrize("text", [
    "Finnish Foreign Minister Anna Berg spoke for 20 minutes at the conference in Geneva "
    "on Tuesday.",
    "The Minister spoke for an hour to students in Santiago on Tuesday.",
    "She spoke for ten minutes on Tuesday about the Arctic.",
])
def test_one_speakers_time_is_no_call(ex, text):
    assert ex(text, issuer="FIN", date="2024-03-08", types=["call"]) == []
