"""A meeting told by a participle after a visit ("..., meeting Prime Minister A in
Tokyo", "..., meeting with the President of Kenya"): a meeting with that side; not
"meeting the needs of" nor "meeting the targets" (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("The President made an official visit to Japan from 13 to 15 May, within the "
     "framework of the close ties between both nations, meeting Prime Minister Fumio "
     "Kishida in Tokyo and opening the new embassy.", "JPN"),
    ("The Minister spent two days in Nairobi, meeting with the Foreign Minister of Kenya "
     "and business leaders.", "KEN"),
    ("The Deputy Minister travelled to Lima on Tuesday, meeting her Peruvian "
     "counterpart at the Torre Tagle Palace.", "PER"),
])
def test_a_meeting_told_by_a_participle(ex, text, partner):
    got = ex(text, date="2024-06-20", types=["meeting"])
    assert [(g[0], g[1], g[2]) for g in got] == [("meeting", ("GEO",), (partner,))]


@pytest.mark.parametrize("text", [
    "Georgia signed a loan agreement with Japan in May, meeting the needs of its rail "
    "network.",
    "The Minister visited Kenya in May, meeting the targets of the programme of visits.",
    # a title in capitals ("Meeting the Needs of the Planet") is no participle
    "The Minister addressed the Foreign Minister of Kenya on the theme of the forum, "
    "Meeting the Needs of the Planet, in May.",
])
def test_meeting_a_need_or_a_target_is_no_meeting(ex, text):
    assert ex(text, date="2024-06-20", types=["meeting"]) == []
