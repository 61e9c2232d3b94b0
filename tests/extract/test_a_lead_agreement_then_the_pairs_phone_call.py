"""A lead that says only that two leaders agreed on something ("A and his Kenyan
counterpart B agreed to seek a joint answer to the drought, the presidency said"),
followed by a sentence whose subject is the same two ("Both presidents had a phone
call in the morning, in which ...") tells one phone call, not a
meeting beside the call. An agreement told as reached in person ("met", a city) or a
later call ("again") keeps the meeting (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _core(text: str, issuer: str) -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date="2024").records
    return sorted((r.type, tuple(r.from_), tuple(r.to))
                  for r in recs if r.type in ("meeting", "call"))


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("President Lopez and his Kenyan counterpart, Mary Otieno, agreed to seek a joint "
     "answer to the drought, the presidency said.\n\nThe two leaders had a long "
     "telephone conversation this morning, during which they also spoke of trade.",
     "CHL", [("call", ("CHL",), ("KEN",))]),
    ("Prime Minister Berg and the Prime Minister of Japan agreed on closer ties in "
     "energy, a statement said. The two prime ministers held a phone call for half an "
     "hour.", "NOR", [("call", ("NOR",), ("JPN",))]),
    ("Foreign Minister Diaz and her Peruvian counterpart agreed that the border talks "
     "should resume. Both ministers had a phone conversation on the matter.",
     "CHL", [("call", ("CHL",), ("PER",))]),
    ("The President and his Ghanaian counterpart agreed to work together on the crisis, "
     "his office said. “The two presidents held a telephone call this afternoon,” it "
     "added.", "TGO", [("call", ("TGO",), ("GHA",))]),
])
def test_the_agreement_was_reached_in_the_call(text, issuer, expected):
    assert _core(text, issuer) == expected


def test_an_agreement_reached_at_a_meeting_stays_a_meeting():
    got = _core("President Lopez met his Kenyan counterpart, Mary Otieno, in Nairobi and "
                "they agreed to seek a joint answer to the drought. The two leaders had a "
                "telephone conversation again this morning.", "CHL")
    assert ("meeting", ("CHL",), ("KEN",)) in got
