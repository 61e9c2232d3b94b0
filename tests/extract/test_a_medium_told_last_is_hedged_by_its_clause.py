"""A call whose medium is told last ("via videoconference", "by video link") is
hedged by a future that opens its clause, however far before it; a verb of what
was done after that future keeps it (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Phnom Penh, 7 September 2021\n\n"


@pytest.mark.parametrize("text", [
    "The meeting will also be attended by the Foreign Ministers of Laos, Myanmar and "
    "Thailand via videoconference.",
    "The Minister will hold talks with the Foreign Ministers of Laos and Thailand via "
    "videoconference.",
    "Tomorrow the Minister will join the Foreign Ministers of Laos and Thailand by video link.",
    "The Minister is due to confer with the Foreign Minister of Laos by telephone on Friday.",
])
def test_a_future_before_a_medium_told_last_hedges_the_call(ex, text):
    assert ex(_LEAD + text, issuer="KHM", date="2021-09-07", types=["call"]) == []


@pytest.mark.parametrize(("text", "partners"), [
    ("The Foreign Ministers of Laos and Thailand joined the meeting via videoconference.",
     ["LAO", "THA"]),
    ("The Minister, who will travel to Paris next week, held talks with the Foreign "
     "Minister of Laos via videoconference.", ["LAO"]),
    ("The Minister held talks with the Foreign Ministers of Laos and Thailand by video "
     "link on Monday.", ["LAO", "THA"]),
])
def test_a_medium_told_last_of_what_was_done_is_a_call(ex, text, partners):
    got = ex(_LEAD + text, issuer="KHM", date="2021-09-07", types=["call"])
    assert sorted(g[2][0] for g in got) == partners
