"""A meeting named in the phrase that opens the sentence ("Having met his Togolese
counterpart, the Minister addressed the press", "Following a meeting with the
Japanese Ambassador, she left for Kumasi"): the meeting told before, if any was, and
the title after the phrase's comma is the main clause's subject, neither a second
official met nor a traveller of the meeting's side (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize("text", [
    "The Minister met the Foreign Minister of Togo on 1 March. Having met his Togolese "
    "counterpart, the Minister then addressed the press.",
    "Having met the Foreign Minister of Togo on 1 March, the Minister addressed the press.",
    "On 1 March the Minister received the Foreign Minister of Togo. Having received him, the "
    "President later opened a school.",
    "Having held talks with the Foreign Minister of Togo on 1 March, the Minister signed the "
    "visitors' book.",
])
def test_one_meeting(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == [
        ("meeting", ("GHA",), ("TGO",), "2024-03-01")]


@pytest.mark.parametrize("text", [
    "The Minister received the Ambassador of Japan on Friday. Following a meeting with the "
    "Japanese Ambassador, she left for Kumasi.",
    "After a meeting with the Ambassador of Japan on Friday, the Minister travelled to "
    "Tamale.",
])
def test_a_trip_at_home_after_the_meeting_is_no_visit(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["visit"]) == []
