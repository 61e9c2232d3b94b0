"""A meeting named by its noun and held in a relative clause ("during the meeting
that the Minister held with the Ambassador", "the talks which she had with her
counterpart") is that meeting; one still to be held is none (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "to"), [
    ("The ties between Lisbon and Nairobi were strengthened during the meeting that the "
     "Kenyan Foreign Minister, Musalia Mudavadi, held with the Portuguese Ambassador.", "KEN"),
    ("The Minister praised the talks which the Chilean Foreign Minister held with him in "
     "Lisbon.", "CHL"),
    ("Trade dominated the audience that the Ambassador of Japan had with the Minister.",
     "JPN"),
])
def test_a_meeting_held_in_a_relative_clause(ex, text, to):
    got = ex(text, issuer="PRT", date="2024-03-08", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("PRT",), (to,))]


@pytest.mark.parametrize("text", [
    "The meeting that the Minister will hold with the Ambassador of Japan is set for May.",
    "The meeting that was planned in Tokyo did not take place.",
])
def test_a_meeting_not_held_in_the_clause_is_none(ex, text):
    assert ex(text, issuer="PRT", date="2024-03-08", types=["meeting"]) == []
