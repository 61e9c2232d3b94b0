"""Talks with the medium told first ("By telephone on Wednesday, the Minister talked with
...", "Over the phone, the Minister discussed the crisis with ...", "Via telephone, ...
exchanged views with ...") are a call, one with each partner (sentences of our own)."""

from __future__ import annotations

import pytest

HEAD = "Vienna, 10 May 2024\n\nThe Ministry of Foreign Affairs informs as follows.\n\n"


@pytest.mark.parametrize(("text", "sides"), [
    ("By telephone on Wednesday, the Minister talked with the Foreign Minister of Spain.",
     ["ESP"]),
    ("Over the phone, the Minister on Wednesday discussed the crisis with her Spanish "
     "counterpart.", ["ESP"]),
    ("By phone, Minister Schallenberg spoke with the Foreign Minister of Spain on Wednesday.",
     ["ESP"]),
    ("Via telephone on Wednesday, the Minister exchanged views with the Foreign Minister of "
     "Spain on the summit.", ["ESP"]),
    ("By telephone, the Minister conferred on Wednesday with the Foreign Ministers of Spain "
     "and Portugal.", ["ESP", "PRT"]),
])
def test_the_medium_first_tells_a_call(ex, text, sides):
    got = ex(HEAD + text, issuer="AUT", date="2024-05-10", types=["call", "meeting"])
    assert got == [("call", ("AUT",), (c,), "2024-05-08") for c in sides]


def test_a_meeting_with_no_medium_stays_one(ex):
    text = HEAD + "By the way, on Wednesday the Minister talked with the Ambassador of Spain."
    got = ex(text, issuer="AUT", date="2024-05-10", types=["call", "meeting"])
    assert got == [("meeting", ("AUT",), ("ESP",), "2024-05-08")]
