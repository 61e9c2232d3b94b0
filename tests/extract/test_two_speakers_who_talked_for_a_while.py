"""Two speakers joined by "and" as the subject of a talk told by how long it lasted
("The Minister and the Foreign Minister of Brazil spoke for half an hour", "A and
his Japanese counterpart talked for an hour"): a call with the second speaker's
side. One speaker's time is a speech's (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "partner", "day"), [
    ("The Minister and the Foreign Minister of Brazil spoke for half an hour on Friday.",
     "BRA", "2024-03-01"),
    ("On 1 March President Akufo-Addo and President Ruto spoke for 20 minutes.",
     "KEN", "2024-03-01"),
    ("The Minister and her Japanese counterpart talked for an hour on Saturday.",
     "JPN", "2024-03-02"),
    ("Foreign Minister Botchwey and Mexico's Foreign Secretary conversed for about forty "
     "minutes on 2 March.", "MEX", "2024-03-02"),
])
def test_two_speakers_for_a_time_are_a_call(ex, text, partner, day):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting", "call"])
    assert got == [("call", ("GHA",), (partner,), day)]


@pytest.mark.parametrize("text", [
    "The Minister spoke for twenty minutes at the opening of the forum on Friday.",
    "The Minister and the delegation spoke for an hour at the university.",
])
def test_one_speaker_or_no_side_is_no_call(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["call"]) == []
