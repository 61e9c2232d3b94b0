"""Another meeting named in the sentence's opening phrase ("In a separate meeting, she
received the Ambassador of Cuba", "In another meeting, the High Commissioner of
Malaysia briefed the Minister"): one meeting with the side its clause names, not two
(sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "partners"), [
    ("On Friday the Minister met the Ambassador of Chile. In a separate meeting, she "
     "received the Ambassador of Cuba.", ["CHL", "CUB"]),
    ("The Minister met the Foreign Minister of Togo on Friday. In another meeting, the High "
     "Commissioner of Malaysia briefed the Minister.", ["MYS", "TGO"]),
    ("On Friday the Minister received the Ambassador of Spain. In a separate audience, the "
     "Ambassador of Peru paid a courtesy call on the Minister.", ["ESP", "PER"]),
    ("On Friday the Minister met the Ambassador of Chile. In a later meeting, she held talks "
     "with the Ambassador of Cuba.", ["CHL", "CUB"]),
])
def test_one_meeting_each(ex, text, partners):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting"])
    assert sorted(g[2][0] for g in got) == partners
