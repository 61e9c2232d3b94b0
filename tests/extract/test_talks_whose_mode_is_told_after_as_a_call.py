"""A lead that tells talks without saying how they were held ("A, on Friday,
discussed with his Brazilian counterpart B the bilateral agenda") followed by a
sentence that names them as a phone call ("In a telephone conversation, A
thanked ...", "During the phone call, ...") tells one call: the lead's event is that
call, not a meeting beside it (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Abuja, 10 March 2024 - "


@pytest.mark.parametrize(("text", "sides"), [
    ("Foreign Minister Tuggar, on Friday, discussed with his Brazilian counterpart Mauro "
     "Vieira the bilateral agenda.\n\nIn a telephone conversation, Tuggar thanked Brazil for "
     "its support.", ("NGA", "BRA")),
    ("Foreign Minister Tuggar on Friday exchanged views with the Foreign Minister of Chile "
     "on trade.\n\nDuring the phone call, the two ministers agreed to meet in Santiago.",
     ("NGA", "CHL")),
    ("The Minister of Foreign Affairs held talks with his Indian counterpart on Friday.\n\n"
     "Regional security was discussed during the phone conversation between the two "
     "ministers.", ("NGA", "IND")),
])
def test_the_talks_are_the_call_told_after(ex, text, sides):
    got = ex(_LINE + text, issuer="NGA", date="2024-03-10", types=["meeting", "call"])
    assert got == [("call", (sides[0],), (sides[1],), "2024-03-08")]


@pytest.mark.parametrize("text", [
    # met: in person, whatever a later sentence says
    "Foreign Minister Tuggar met his Brazilian counterpart in Brasilia on Friday.\n\n"
    "During the phone call, the two ministers agreed to meet soon.",
    # a later call of its own
    "Foreign Minister Tuggar discussed with his Brazilian counterpart the bilateral agenda "
    "on Friday.\n\nLater, in another phone call, Tuggar thanked Brazil for its support.",
    # a call with someone else
    "Foreign Minister Tuggar discussed with his Brazilian counterpart the bilateral agenda "
    "on Friday.\n\nIn a phone call with the Foreign Minister of Ghana, Tuggar spoke of "
    "the summit.",
    # a call on another day
    "Foreign Minister Tuggar discussed with his Brazilian counterpart the bilateral agenda "
    "on Tuesday.\n\nIn a phone call on Friday, Tuggar thanked Brazil for its support.",
])
def test_a_meeting_beside_another_call_stays(ex, text):
    got = ex(_LINE + text, issuer="NGA", date="2024-03-10", types=["meeting", "call"])
    assert ("meeting", ("NGA",), ("BRA",)) in [g[:3] for g in got]
