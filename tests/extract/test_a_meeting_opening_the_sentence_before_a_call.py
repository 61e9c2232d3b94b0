"""A meeting named in the sentence's opening phrase with an adverb or by a gerund
("Shortly after his meeting with A, the President spoke by telephone with B", "After
meeting the Ambassador of A, the President took a call from B"): that meeting, and
its partner is no side of the call told after it (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "met", "called"), [
    ("After meeting the Ambassador of France, the President took a call from the "
     "Chancellor of Germany.", "FRA", "DEU"),
    ("Shortly after his meeting with President Ruto, the President spoke by telephone "
     "with President Museveni.", "KEN", "UGA"),
    ("Soon after receiving the Ambassador of Chile, the Minister held a phone call with "
     "the Foreign Minister of Peru.", "CHL", "PER"),
    ("Right after her talks with the Foreign Minister of Mali, the Minister spoke by phone "
     "with her Nigerien counterpart.", "MLI", "NER"),
])
def test_the_opening_meeting_and_the_call_apart(ex, text, met, called):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting", "call"])
    assert sorted((g[0], (set(g[1]) | set(g[2])) - {"GHA"}) for g in got) == [
        ("call", {called}), ("meeting", {met})]
