"""A meeting named again at the end of a clause with its article inside the trigger
("... also came up during the meeting", "... was raised in the course of their talks")
is the meeting told before, even when the clause names another country in a topic (a
visit to come, a trip): no second meeting. A meeting that names a new partner is still
one (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import dated_core

_LEAD = "The Foreign Minister held a bilateral meeting with her Indian counterpart in Goa. "


@pytest.mark.parametrize("sentence", [
    "The President's planned trip to India also came up during the meeting.",
    "Preparations for the Prime Minister's visit to India were discussed during the meeting.",
    "The new bus service to India was likewise welcomed during the meeting.",
    "The upcoming visit of the Speaker to India was likewise reviewed during the talks.",
])
def test_meeting_named_again_at_the_end_is_the_one_told(sentence: str) -> None:
    got = dated_core("NPL", _LEAD + sentence)
    assert [r for r in got if r[0] == "meeting"] == [
        ("meeting", ("NPL",), ("IND",), "2025-03-12")], got


def test_a_new_partner_named_at_the_meeting_is_still_met() -> None:
    # near miss: the partner is one not told before
    got = dated_core("NPL", _LEAD + "She conveyed greetings to the Prime Minister of Bhutan "
                            "during their meeting in Thimphu.")
    assert ("meeting", ("NPL",), ("BTN",), "2025-03-12") in got, got
