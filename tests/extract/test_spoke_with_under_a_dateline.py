""""Spoke with" an official is a call unless the sentence tells an encounter in
person; the city of a news dateline ("Santiago, 10 June 2024 - ...") is where the
story was filed, not where they spoke, and a medium told after the partner ("by
telephone", "over the phone", "via video link") makes it a call wherever it stands
(sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Santiago, 10 June 2024 - "


@pytest.mark.parametrize("text", [
    "The Foreign Minister spoke with Brazil's Foreign Minister Mauro Vieira by telephone.",
    "The Foreign Minister spoke with his Brazilian counterpart.",
    "The Foreign Minister spoke with the Foreign Minister of Brazil via video link on "
    "Friday.",
])
def test_spoke_with_under_a_dateline_is_a_call(ex, text):
    got = ex(_LINE + text, issuer="CHL", date="2024-06-10", types=["meeting", "call"])
    assert [(g[0], g[2]) for g in got] == [("call", ("BRA",))]


@pytest.mark.parametrize("text", [
    "In Brasilia, the Foreign Minister spoke with his Brazilian counterpart.",
    "The Foreign Minister spoke with his Brazilian counterpart on the sidelines of the "
    "OAS General Assembly.",
    "The Foreign Minister spoke with his Brazilian counterpart in Brasilia on Monday.",
])
def test_spoke_with_at_a_place_or_occasion_is_a_meeting(ex, text):
    got = ex(_LINE + text, issuer="CHL", date="2024-06-10", types=["meeting", "call"])
    assert [(g[0], g[2]) for g in got] == [("meeting", ("BRA",))]
