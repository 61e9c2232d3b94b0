"""Calls told by their medium in other words: a tele-meeting "between" two sides, a
conference call "of" several or talked "by conference call" (one call of them all),
the medium as the sentence's opening phrase ("Via teleconference, the Minister met
..."), and a call "from" an official received, answered or taken "by" another
(sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "want"), [
    ("A tele-meeting between the Minister and her Danish counterpart took place on "
     "Friday.", [("call", ("GHA",), ("DNK",), "2024-03-01")]),
    ("A conference call of the foreign ministers of Ghana, Togo and Benin took place on "
     "Friday.", [("call", ("GHA",), ("TGO", "BEN"), "2024-03-01")]),
    ("On Friday, the ministers of Ghana, Nigeria and Liberia spoke by conference call.",
     [("call", ("GHA",), ("NGA", "LBR"), "2024-03-01")]),
    ("Via teleconference, the Minister met Japan's Foreign Minister on 2 March.",
     [("call", ("GHA",), ("JPN",), "2024-03-02")]),
    ("By video link on Friday, the President held talks with the Prime Minister of India.",
     [("call", ("GHA",), ("IND",), "2024-03-01")]),
    ("A call from the Emir of Qatar was received by the President on 2 March.",
     [("call", ("QAT",), ("GHA",), "2024-03-02")]),
])
def test_the_medium_in_other_words_is_a_call(ex, text, want):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting", "call"]) == want


@pytest.mark.parametrize("text", [
    "The Minister took part by conference call in the meeting of the AU Peace and Security "
    "Council on Friday.",
    "Calls from citizens were received by the consular hotline on Friday.",
    "The Minister said that by phone, nothing could be settled.",
])
def test_no_call_with_a_partner(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["call"]) == []
