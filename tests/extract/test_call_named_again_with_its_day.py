"""Talks whose lead names no medium, then a later sentence that names them as a phone
call with the talks' own day again ("The telephone conversation on 12 March ..."):
the same call, not a meeting beside a call; named with its day, the call may come a
few paragraphs on. A call with another day stays a call of its own (sentences of our
own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-15"
_FILLER = ("The two ministers noted the progress in trade and agreed to expand "
           "cooperation in education, energy and tourism over the coming years.\n\n")


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister discussed trade with the Foreign Minister of Chile, Juan Soto, on 12 "
     "March.\n\nThe telephone conversation between the two ministers on 12 March lasted "
     "half an hour.", "CHL"),
    ("On 12 March the Minister held talks with her Chilean counterpart on regional "
     "security.\n\nIn the phone call on 12 March, the two ministers also agreed to stay in "
     "close contact.", "CHL"),
    ("The Minister and the Foreign Minister of Peru exchanged views on regional security on "
     "12 March.\n\nThe phone conversation of 12 March lasted forty minutes.", "PER"),
    ("The Minister conferred with Foreign Minister Ana Ruiz of Peru on March 12 about the "
     "coming elections.\n\nDuring the telephone call on March 12, they agreed to keep in "
     "touch.", "PER"),
    # (a few paragraphs on, tied by the day)
    ("The Minister and the Foreign Minister of Kenya exchanged views on 12 March on the "
     "situation in the region.\n\n" + _FILLER * 5 + "The telephone conversation between "
     "the two ministers on 12 March lasted twenty minutes.", "KEN"),
])
def test_talks_named_again_as_a_call_with_their_day_are_that_call(ex, text, partner):
    got = ex(text, date=_DAY, types=["meeting", "call"])
    assert got == [("call", ("GEO",), (partner,), "2024-03-12")]


@pytest.mark.parametrize("text", [
    # (another day: a call of its own)
    "The Minister discussed trade with the Foreign Minister of Chile, Juan Soto, on 12 "
    "March.\n\nThe telephone conversation between the two ministers on 14 March covered "
    "energy.",
    # (far on, and no day: nothing ties it to the talks)
    "The Minister and the Foreign Minister of Kenya exchanged views on 12 March on the "
    "situation in the region.\n\n" + _FILLER * 5 + "The telephone conversation between the "
    "two ministers lasted twenty minutes.",
])
def test_a_call_told_with_another_day_or_far_without_one_leaves_the_talks(ex, text):
    got = ex(text, date=_DAY, types=["meeting"])
    assert [g[0] for g in got] == ["meeting"]
