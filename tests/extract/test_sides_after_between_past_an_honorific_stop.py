"""The sides of a meeting "between" A and B are read past the stop of an honorific
or an initial ("between H.R.H. Prince A and the President of B", "between Dr. A
and ..."), and a meeting told new with its participle before the sides ("a
private meeting held between A and B today") is a meeting; talks "between" two
persons whose countries the sentence leaves unsaid stay none (sentences of our
own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("During a meeting between H.S.H. Prince Albert and the President of Chile today, "
     "several questions were examined.", "CHL"),
    ("During a meeting between Dr. Albert Weiss and the Prime Minister of Norway today, "
     "the two reviewed trade.", "NOR"),
    ("A meeting between H.R.H. the Prince and the President of Korea, Mr. Lee, took place in "
     "the palace.", "KOR"),
    ("During a private meeting held between the Prince and the Emir of Qatar this "
     "morning, the sides discussed energy.", "QAT"),
    ("During a tete a tete meeting held between H.S.H. the Prince and the President of "
     "the Republic of Peru today, many issues were raised.", "PER"),
    ("A working meeting that took place yesterday between the Prince and the Prime "
     "Minister of Malta covered tourism.", "MLT"),
])
def test_a_meeting_between_named_sides(ex, text, partner):
    got = ex(text, issuer="MCO", date="2024-04-10", types=["meeting"])
    assert [(g[1], g[2]) for g in got] == [(("MCO",), (partner,))]


@pytest.mark.parametrize("text", [
    "The Prince welcomed the talks between Dr. Ruiz and Mrs. Soto.",
    "The talks between Mr. Ruiz and Mr. Soto were said to be difficult.",
    "The meeting held between the delegations lasted two hours.",
])
def test_talks_between_persons_of_no_country_named_are_none(ex, text):
    assert ex(text, issuer="MCO", date="2024-04-10", types=["meeting"]) == []
