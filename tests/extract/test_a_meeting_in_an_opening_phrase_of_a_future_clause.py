"""A meeting named in a phrase that opens the sentence ("In her talks with the
Chilean Foreign Minister, she will raise ...", "During his meetings with A, the
Minister is expected to ...") takes the tense of the clause after it: in the
future it is planned, not held; in the past, or with a future only in what was
said, it is held (sentences of our own)."""

from __future__ import annotations

import pytest

_HEAD = "The Hague, 5 March 2019\n\n"


@pytest.mark.parametrize("text", [
    "In her talks with the Chilean Foreign Minister, she will raise climate issues.",
    "During his meetings with the Ministers of Peru and Chile, the Minister is expected to "
    "discuss trade.",
    "At their meeting with the Prime Minister of Ireland, the two envoys plan to present "
    "the report.",
    "In his talks with his Kenyan counterpart, Mr de Vries would like to stress water.",
])
def test_a_meeting_opening_a_future_clause_is_planned(ex, text):
    assert ex(_HEAD + text, issuer="NLD", date="2019", types=["meeting"]) == []


@pytest.mark.parametrize(("text", "to"), [
    ("In his meeting with the Chilean Foreign Minister, Mr Jansen raised climate issues.",
     ("CHL",)),
    ("In her talks with the Prime Minister of Ireland, she said the two countries will work "
     "together on energy.", ("IRL",)),
])
def test_a_meeting_opening_a_past_clause_is_held(ex, text, to):
    assert [r[2] for r in ex(_HEAD + text, issuer="NLD", date="2019", types=["meeting"])] == [to]
