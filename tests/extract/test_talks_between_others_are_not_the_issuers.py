"""Talks "between" sides of which the issuer is none are not the issuer's meeting:
a bloc and a country ("talks between the West and Russia") give no record; two
foreign leaders' "conversations between" them are their own meeting, not one of
the commentator with both (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The minister termed the latest talks between the West and Russia “a hopeful sign”.",
    "The Minister welcomed the renewed talks between Western allies and Iran on Monday.",
    "She said the negotiations between the international community and Myanmar must go on.",
    "Our Foreign Minister praised the discussions between the Western powers and China.",
])
def test_talks_between_a_bloc_and_a_country_are_no_meeting_of_ours(ex, text):
    assert ex(text, issuer="PRT", date="2022-02-01", types={"meeting", "call"}) == []


@pytest.mark.parametrize(("text", "sides"), [
    ("He noted two conversations between Chinese President Li Wen and Brazilian "
     "President Ana Costa over the past days.", (("CHN",), ("BRA",))),
    ("The minister recalled the conversation between the Prime Minister of Japan and "
     "the President of Kenya last week.", (("JPN",), ("KEN",))),
    ("She welcomed the recent conversations between the King of Jordan and the Emir "
     "of Qatar.", (("JOR",), ("QAT",))),
    ("He praised the long conversation between Egyptian President Omar Saleh and "
     "Turkish President Kemal Aydin.", (("EGY",), ("TUR",))),
])
def test_a_conversation_between_two_others_is_theirs(ex, text, sides):
    got = ex(text, issuer="PRT", date="2022-02-01", types={"meeting", "call"})
    assert [(g[1], g[2]) for g in got] == [sides]


@pytest.mark.parametrize(("text", "partner"), [
    ("The talks between the Minister and the Russian Ambassador were held on Monday.",
     "RUS"),
    ("The conversation between the Minister and the Foreign Minister of Peru was "
     "cordial.", "PER"),
])
def test_talks_between_our_official_and_another_stay_ours(ex, text, partner):
    got = ex(text, issuer="PRT", date="2022-02-01", types={"meeting"})
    assert [(g[1], g[2]) for g in got] == [(("PRT",), (partner,))]
