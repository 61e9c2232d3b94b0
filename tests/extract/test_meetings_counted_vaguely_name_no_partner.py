"""Meetings counted vaguely with no partner named ("had a number of individual
meetings at the summit", "several bilateral meetings", "a series
of talks") are no meeting with the partner told before: those met are told
apart after, or not at all; with a partner named they are meetings with it
(sentences of our own)."""

from __future__ import annotations

import pytest

_MET = ("Tunis, 4 May 2021\n\nThe Foreign Minister met the Egyptian Ambassador in Tunis "
        "on Monday.\n\n")
_ONE = [("meeting", ("LBY",), ("EGY",), "2021-05-03")]


@pytest.mark.parametrize("after", [
    "At the summit the Minister had a number of individual meetings, in which he raised "
    "trade.",
    "On the sidelines of the summit the Minister held several bilateral meetings.",
    "The Minister had numerous side meetings at the regional summit in Cairo.",
    "He then held a series of talks on the margins of the gathering.",
])
def test_meetings_counted_vaguely_are_no_meeting_with_the_last_partner(ex, after):
    assert ex(_MET + after, issuer="LBY", date="2021", types=["meeting"]) == _ONE


@pytest.mark.parametrize(("text", "to"), [
    ("Tunis, 4 May 2021\n\nThe Foreign Minister held several meetings with the Ambassador "
     "of Jordan.", ("JOR",)),
    ("Tunis, 4 May 2021\n\nThe Minister held a number of meetings with officials of Mali on "
     "Monday.", ("MLI",)),
])
def test_counted_meetings_with_a_named_partner_are_meetings(ex, text, to):
    assert [r[2] for r in ex(text, issuer="LBY", date="2021", types=["meeting"])] == [to]
