"""A country named only in what a call or meeting was about is no second
counterpart: "on the border situation with Cambodia", "about the talks with Iran"
(an event named inside the topic is no event of its own) (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The President held a telephone conversation with Mr. Gabriel Boric, President of Chile, "
    "on the coming summit and the border situation with Bolivia.",
    "The President spoke by phone with the President of Chile about the talks with Bolivia.",
    "The President spoke by phone with the President of Chile regarding the negotiations "
    "with Bolivia on water rights.",
    "In a phone call, the President and the President of Chile discussed the security "
    "situation along the border with Bolivia.",
])
def test_a_country_in_the_topic_is_no_counterpart(ex, text):
    recs = ex(text, issuer="PER", date="2025-07-14", types={"call", "meeting"})
    assert recs == [("call", ("PER",), ("CHL",), "2025-07-14")]


def test_a_second_event_told_as_held_stays(ex):
    text = ("The Minister received the Ambassador of Chile; the talks with Bolivia followed "
            "in the afternoon.")
    recs = ex(text, issuer="PER", date="2025-07-14", types={"meeting"})
    assert recs == [("meeting", ("PER",), ("BOL",), "2025-07-14"),
                    ("meeting", ("PER",), ("CHL",), "2025-07-14")]
