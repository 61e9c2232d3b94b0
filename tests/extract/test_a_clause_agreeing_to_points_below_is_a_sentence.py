"""A line that ends with a colon after a clause that agrees or decides on the points
listed below it ("The ministers met in Lima on 3 May and agreed to:", "They committed
themselves to:") is a sentence, not a heading: its meeting is told. A bare heading
("Agreed:", "Outcomes:") stays a heading (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Joint statement by three foreign ministers\n\n"
_ITEMS = "\n\n• deepen trade ties\n• develop their cooperation on energy"


@pytest.mark.parametrize("line", [
    "Foreign Ministers of Chile, Peru and the United Kingdom met in Geneva on 3 May 2023 "
    "and agreed to:",
    "On 3 May 2023 in Geneva, the foreign ministers of the United Kingdom, Chile and Peru "
    "held a trilateral meeting and decided to:",
    "The ministers of the United Kingdom, Chile and Peru met in Geneva on 3 May 2023, and "
    "committed themselves to:",
    "The foreign ministers of Chile, Peru and the United Kingdom, who met in Geneva on 3 "
    "May 2023, agreed as follows:",
    "The foreign ministers of Chile, Peru and the United Kingdom held talks in Geneva on 3 "
    "May 2023 and pledged to:",
])
def test_the_meeting_of_the_lead_in_is_told(ex, line):
    got = ex(_LEAD + line + _ITEMS, issuer="GBR", date="2023-05-05", types=["meeting"])
    assert got == [("meeting", ("GBR",), ("CHL", "PER"), "2023-05-03")]


@pytest.mark.parametrize("line", ["Agreed:", "Outcomes agreed:", "Decided:"])
def test_a_bare_heading_tells_nothing(ex, line):
    text = "The Foreign Secretary hosted a conference on 3 May.\n\n" + line + _ITEMS
    assert ex(text, issuer="GBR", date="2023-05-05", types=["meeting"]) == []
