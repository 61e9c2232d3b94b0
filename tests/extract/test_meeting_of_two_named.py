"""A meeting named by its two participants ("the main topics at the meeting of A, the
Minister for Foreign Affairs, and Russian Foreign Minister B today") is a meeting;
"the meeting of" a body, of ministers of many states, or one already told is not a new
bilateral meeting (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,partner", [
    ("Trade and fisheries were the main topics at the meeting of Anna Berg, the Minister for "
     "Foreign Affairs, and Russian Foreign Minister Sergei Lavrov today in Reykjavik.", "RUS"),
    ("Energy dominated the meeting of Foreign Minister Anna Berg and her Latvian counterpart "
     "Baiba Braze in Oslo on Monday.", "LVA"),
    ("The meeting of Anna Berg and Canadian Foreign Minister Mélanie Joly on Monday focused "
     "on Arctic shipping.", "CAN"),
])
def test_a_meeting_of_two_named_officials_is_a_meeting(ex, text, partner):
    recs = ex(text, issuer="ISL", date="2024-03-06", types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [(partner,)]


@pytest.mark.parametrize("text", [
    # must not fire: a body's meeting, many ministers, a meeting told before
    "The Minister attended the meeting of NATO Foreign Ministers and the Ukrainian Foreign "
    "Minister in Brussels on Monday.",
    "On Monday the Minister addressed the meeting of the Arctic Council and the Observer "
    "States in Reykjavik.",
])
def test_the_meeting_of_a_body_is_no_bilateral_meeting(ex, text):
    recs = ex(text, issuer="ISL", date="2024-03-06", types={"meeting"})
    assert not [r for r in recs if r[2] in (("UKR",), ("RUS",))]


def test_a_meeting_of_the_two_told_again_is_one(ex):
    text = ("On Monday the Minister met Russian Foreign Minister Sergei Lavrov in Reykjavik. "
            "The meeting of Anna Berg and Foreign Minister Lavrov lasted an hour.")
    assert len(ex(text, issuer="ISL", date="2024-03-06", types={"meeting"})) == 1
