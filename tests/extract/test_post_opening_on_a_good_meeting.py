"""A first-person post that opens on how good the meeting was, with no verb ("Good
conversation this morning in The Hague with my Lithuanian colleague", "Productive
meeting today with my Estonian counterpart", "Excellent talks in Riga with the Prime
Minister of Latvia"): a meeting with the counterpart's country; a conversation with
no place told stays no meeting; the phrase inside a sentence ("it was a good meeting
with ...") is left to the other rules (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_HEAD = "Jan de Vries\n@MinBZ_example\n"


def _meetings(text: str) -> list[list[str]]:
    return [r.to for r in extract_text(_HEAD + text, issuer="NLD", date="2025-09-03").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("post", "partner"), [
    ("Good conversation this morning in The Hague with my Lithuanian colleague Ona Petraitė. "
     "We agree the pressure on Russia has to go up.", "LTU"),
    ("Productive meeting today with my Estonian counterpart. Thanks for making the trip!",
     "EST"),
    ("Excellent talks in Riga with the Prime Minister of Latvia on regional security.", "LVA"),
    ("Very good and frank discussion this afternoon with my Polish colleague in Warsaw.",
     "POL"),
])
def test_a_post_opening_on_a_good_meeting_is_a_meeting(post, partner):
    assert _meetings(post) == [[partner]]


def test_a_good_conversation_with_no_place_is_no_meeting():
    assert _meetings("Good conversation this morning with my Lithuanian colleague.") == []
