"""A call or meeting named as known in a fronted adjunct ("Following the phone call,
the Minister left for Japan", "After the meeting, she travelled on to Lima") is the
one told before: the countries after its comma (the trip) are not its sides and it is
no second event; with none told before it is read as before (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str):
    recs = extract_text(text, issuer="CHL", date="2024-05-05").records
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in recs)


@pytest.mark.parametrize("text, first", [
    ("On 3 May Minister Ana Rojas held a phone call with her Uruguayan counterpart. "
     "Following the phone call, Rojas departed for Japan on Friday.",
     ("call", ("CHL",), ("URY",), "2024-05-03")),
    ("On 3 May Minister Ana Rojas spoke by telephone with the Foreign Minister of Uruguay. "
     "After the telephone conversation, she left for Japan.",
     ("call", ("CHL",), ("URY",), "2024-05-03")),
    ("On 3 May Minister Ana Rojas met the Foreign Minister of Uruguay in Santiago. "
     "After the meeting, the Minister travelled to Japan.",
     ("meeting", ("CHL",), ("URY",), "2024-05-03")),
    ("On 3 May Minister Ana Rojas held talks with the Foreign Minister of Uruguay. "
     "At the end of the talks, she departed for Japan.",
     ("meeting", ("CHL",), ("URY",), "2024-05-03")),
])
def test_the_trip_after_the_adjunct_is_no_side_of_it(text, first):
    recs = _records(text)
    assert first in recs
    assert not any(r[0] in ("call", "meeting") and r[2] == ("JPN",) for r in recs)
    assert [r[2] for r in recs if r[0] == "visit"] == [("JPN",)]


def test_a_new_partner_after_the_adjunct_is_still_met():
    text = ("On 3 May Minister Ana Rojas held a phone call with her Uruguayan counterpart. "
            "After the call, she met the Ambassador of Japan.")
    assert ("meeting", ("CHL",), ("JPN",), "2024-05-03") in _records(text)
