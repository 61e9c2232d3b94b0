"""After a visit told without its talks, "The two ministers discussed ..." (or
reviewed, held talks, exchanged views) is the meeting of the visit: one record with
the partner in focus; after a meeting or a call already told it is that one again
(sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Accra, 14 March 2024 - "


@pytest.mark.parametrize("text", [
    "Foreign Minister Ablakwa visited Kenya at the invitation of Cabinet Secretary "
    "Mudavadi.\n\nThe two ministers discussed the whole range of Ghana-Kenya relations.",
    "Foreign Minister Ablakwa paid an official visit to Kenya at the invitation of his "
    "counterpart. The two ministers reviewed bilateral relations and regional security.",
    "The Foreign Minister travelled to Nairobi for a working visit. The two ministers "
    "then held talks on trade and investment.",
])
def test_the_two_ministers_after_a_visit_is_its_meeting(ex, text):
    got = ex(_LINE + text, issuer="GHA", date="2024-03-14", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("GHA",), ("KEN",))]


def test_a_guests_visit_then_the_two_presidents_talks(ex):
    text = ("The President of Kenya arrived in Accra for a state visit. The two presidents "
            "held talks on trade and security.")
    got = ex(_LINE + text, issuer="GHA", date="2024-03-14", types=["meeting", "visit"])
    assert sorted(g[:3] for g in got) == [("meeting", ("GHA",), ("KEN",)),
                                         ("visit", ("KEN",), ("GHA",))]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Foreign Minister met his Kenyan counterpart in Nairobi. The two ministers "
     "discussed trade.", "meeting"),
    ("The Foreign Minister spoke by phone with his Kenyan counterpart. During the "
     "conversation, the two ministers discussed trade.", "call"),
    ("The Foreign Minister held a call with his Kenyan counterpart. The statement added "
     "that the two ministers also discussed trade.", "call"),
])
def test_the_two_ministers_after_a_meeting_or_call_is_that_one(ex, text, kind):
    got = ex(_LINE + text, issuer="GHA", date="2024-03-14", types=["meeting", "call"])
    assert [g[0] for g in got] == [kind]
