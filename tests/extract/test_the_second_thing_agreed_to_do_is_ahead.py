"""The second of two things agreed to do ("agreed with the Latvian side to strengthen
trade and hold a joint government meeting next year", "agreed to deepen trade and to
hold consultations with Latvia") is still to come, like the first. A past verb after
"and" ("... on trade and held talks with the Estonian minister") is an event done
(sentences of our own)."""

from __future__ import annotations

import pytest

_TYPES = ["meeting", "consultation", "commission"]


@pytest.mark.parametrize("text", [
    "On 3 May the ministers agreed with the Latvian side to strengthen trade and hold "
    "a joint government meeting next year.",
    "On 3 May the Minister agreed to deepen trade and to hold consultations with Latvia "
    "next year.",
    "On 3 May both ministers decided to expand cooperation in energy and convene a "
    "meeting with Latvian business leaders.",
    "We agreed with the Latvian minister to strengthen political dialogue, promote "
    "tourism and organise political consultations in Riga.",
])
def test_the_second_thing_agreed_to_do_is_none(ex, text):
    assert ex(text, issuer="FIN", date="2024-05-04", types=_TYPES) == []


def test_a_past_verb_after_and_is_an_event_done(ex):
    text = ("On 3 May the Minister agreed with the Latvian minister on trade and held "
            "talks with the Estonian minister.")
    assert ex(text, issuer="FIN", date="2024-05-04", types=_TYPES) == [
        ("meeting", ("FIN",), ("EST",), "2024-05-03"),
        ("meeting", ("FIN",), ("LVA",), "2024-05-03")]
