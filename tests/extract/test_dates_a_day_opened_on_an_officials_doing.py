"""A readout's sentence that opens with a day and the issuer's official doing
something that is no event ("On 22 September, the Minister delivered a lecture at
Columbia University.") sets the day the next undated events are told on ("He also
met the Foreign Minister of Chile."), as an event's own day would (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On 22 September, the Minister delivered a lecture at Columbia University in New "
    "York. He also met the Foreign Minister of Chile.",
    "On 22 September, the Minister laid a wreath at the monument to the victims. The "
    "Minister also held talks with the Foreign Minister of Chile.",
    "On the morning of 22 September, Foreign Minister Darchiashvili toured the port of "
    "Valparaiso. He later "
    "held talks with the Foreign Minister of Chile.",
])
def test_an_opening_day_goes_on(ex, text):
    got = ex(text, issuer="GEO", date="2024-09-27", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CHL",), "2024-09-22")]


@pytest.mark.parametrize("text", [
    # the day is not the official's: an agreement's, a country's
    "On 22 September, the agreement on visa liberalisation entered into force. The "
    "Minister also held talks with the Foreign Minister of Chile.",
    "On 22 September, Georgia marked its Day of Remembrance. The Minister also held talks "
    "with the Foreign Minister of Chile.",
])
def test_a_day_not_the_officials_does_not_go_on(ex, text):
    got = ex(text, issuer="GEO", date="2024-09-27", types=["meeting"])
    assert got == [("meeting", ("GEO",), ("CHL",), "2024-09-27")]
