"""A courtesy call on an office-holder addressed with an honorific ("called on the Rt.
Hon. President", "called on the Honourable Prime Minister", "calls on Hon. Speaker")
is a meeting, as a call on the bare office is (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = ("Warsaw, 10 May 2024\n\nThe Foreign Minister of Kenya is on an official visit to "
        "Poland from 8 to 10 May 2024. ")


@pytest.mark.parametrize("text", [
    "During the visit, the Kenyan Foreign Minister called on the Rt. Hon. President Andrzej "
    "Duda.",
    "The Kenyan Foreign Minister also called on the Right Honourable Prime Minister.",
    "The Kenyan Foreign Minister called on Hon. Speaker of the Sejm on Thursday.",
    "On Thursday the Kenyan Foreign Minister called on the Honorable Minister of Finance.",
])
def test_a_call_on_an_honourable_is_a_meeting(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"meeting"})
    assert [g[:3] for g in got] == [("meeting", ("POL",), ("KEN",))], got


@pytest.mark.parametrize("text", [
    # a call on the honourable members to act: an appeal, no meeting
    "The Kenyan Foreign Minister called on honourable members of both parliaments to act.",
    "The Kenyan Foreign Minister called on Honourable colleagues to support the resolution.",
])
def test_an_appeal_is_no_meeting(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"meeting"})
    assert got == [], got
