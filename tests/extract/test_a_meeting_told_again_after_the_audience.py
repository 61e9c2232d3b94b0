"""A sentence that opens on a meeting just told ("Speaking to the press after the
audience, ...", "After the audiences, ...") and reports what a guest said of it
tells the same meeting, not a second one (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = ("Date: 2019-10-21\n\nForeign Minister Jean Ndong on 18 October 2019 received the "
         "Ambassador of Spain, Luis Garcia. ")


@pytest.mark.parametrize("text", [
    "Speaking to journalists after the audience, Spanish Ambassador called it her "
    "introductory visit to the Minister of Foreign Affairs.",
    "Talking to the press after the audience, Ambassador Garcia said that Spain valued "
    "the ties.",
    "After the audience, the Spanish Ambassador told reporters that Spain valued the ties.",
])
def test_the_meeting_is_told_once(ex, text):
    got = ex(_LEAD + text, issuer="GAB", date="2019-10-21", types=["meeting", "visit"])
    assert got == [("meeting", ("GAB",), ("ESP",), "2019-10-18")]


def test_a_new_official_met_after_it_is_a_second_meeting(ex):
    text = ("After the audience, the Minister received the Ambassador of Italy, "
            "Marco Rossi.")
    got = ex(_LEAD + text, issuer="GAB", date="2019-10-21", types=["meeting"])
    assert ("meeting", ("GAB",), ("ITA",), "2019-10-18") in got
