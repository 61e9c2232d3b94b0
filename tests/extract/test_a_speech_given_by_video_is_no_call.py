"""A speech given by video ("addressed the Foreign Affairs Committee of the Bundestag
via video conference", "delivered a lecture to students by videoconference") is no
call: the medium is how an audience was addressed, not a conversation with anyone.
A medium after a verb of talking with someone is still a call (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Finally, the Minister addressed the Foreign Affairs Committee of the German Bundestag "
    "via video conference.",
    "The Minister addressed the Committee on Foreign Affairs of the European Parliament by "
    "videoconference on Tuesday.",
    "On Friday the Foreign Minister delivered a lecture to students of the University of "
    "Ghana via video link.",
    "The Minister gave a keynote speech at the forum of the Council of Europe by video "
    "conference.",
])
def test_a_speech_by_video_is_no_call(ex, text):
    assert ex(text, issuer="BLR", date="2018", types=["call"]) == []


@pytest.mark.parametrize(("text", "to"), [
    ("The Minister spoke with the Foreign Minister of Germany via video conference.",
     ("DEU",)),
    ("The Minister addressed the matter with his German counterpart via video link.",
     ("DEU",)),
])
def test_talking_with_someone_by_video_is_a_call(ex, text, to):
    got = ex(text, issuer="BLR", date="2018", types=["call"])
    assert [g[2] for g in got] == [to]
