"""A "series", "round" or "number" of talks or meetings names no medium: the talks told
after it, each with its partner and no medium ("A and B discussed ..."), are meetings,
not calls of a round. A round of telephone calls, or "a series of calls", still makes
them calls (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_DAY = "2023-03-02"


@pytest.mark.parametrize("lead", [
    "Minister Okafor held a series of bilateral talks with her counterparts in Abuja today.",
    "Minister Okafor held a round of talks with several counterparts in Abuja today.",
    "Today Minister Okafor had a number of bilateral discussions with visiting ministers.",
    "Minister Okafor held a series of separate meetings with her counterparts today.",
])
def test_talks_after_a_series_are_meetings(lead):
    text = lead + " Minister Okafor and the Kenyan Foreign Minister discussed trade."
    assert records(text, "NGA", {"meeting", "call"}, date=_DAY) == [
        event("meeting", "NGA", "KEN", _DAY)]


@pytest.mark.parametrize("lead", [
    "Today Minister Okafor held a series of telephone conversations with her counterparts.",
    "Today Minister Okafor made a series of calls to her counterparts.",
])
def test_a_round_of_calls_still_makes_calls(lead):
    text = lead + " Minister Okafor and the Kenyan Foreign Minister discussed trade."
    assert records(text, "NGA", {"meeting", "call"}, date=_DAY) == [
        event("call", "NGA", "KEN", _DAY)]
