"""Talks told by a verb of talk whose medium comes after what was talked about
("A and B discussed the border over the phone", "reviewed trade by telephone") are
a call, not a meeting; a medium that belongs to another step of the sentence
leaves the talks a meeting (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Foreign Minister Lena Holm and Kenyan Foreign Minister Paul Otieno discussed the "
    "drought in the Horn of Africa, among other things, over the phone.",
    "On Tuesday the Minister and her Kenyan counterpart reviewed trade and investment "
    "by telephone.",
    "Minister Holm and Kenya's Foreign Minister Paul Otieno discussed by telephone the "
    "preparations for the summit.",
    "The Minister and her Kenyan colleague exchanged views on the election in the region "
    "via video link.",
])
def test_the_medium_after_the_talks_makes_a_call(ex, text):
    got = ex(text, issuer="SWE", date="2024-03-06", types=["call", "meeting"])
    assert [(t, to) for t, _f, to, _d in got] == [("call", ("KEN",))]


def test_a_medium_told_of_another_step_leaves_a_meeting(ex):
    text = ("On Tuesday the Minister and her Kenyan counterpart discussed the visit, which "
            "had been agreed by phone.")
    got = ex(text, issuer="SWE", date="2024-03-06", types=["call", "meeting"])
    assert [t for t, _f, _to, _d in got] == ["meeting"]
