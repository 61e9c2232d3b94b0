"""One event, one record: after a meeting is told, a sentence that only says what
its host talked over with the same partner ("Omar discussed with the Ambassador
of Egypt the ties ...", "The Minister reviewed with his Egyptian guest ...")
is that meeting again, not a second one; with "also", with a new person named,
or on another day it stays a meeting of its own (sentences of our own)."""

from __future__ import annotations

import pytest

_MET = ("Tripoli, 4 May 2021\n\nThe Foreign Minister, Ali Omar, met with the Egyptian "
        "Ambassador, Samir Aly, in Tripoli on Monday.\n\n")
_ONE = [("meeting", ("LBY",), ("EGY",), "2021-05-03")]


@pytest.mark.parametrize("after", [
    "Omar discussed with the Ambassador of Egypt the strong ties between the two countries.",
    "The Minister discussed with the Egyptian Ambassador ways to expand trade and transport.",
    "Omar reviewed with the Egyptian Ambassador the situation on the common border.",
    "The Libyan Minister exchanged views with the Egyptian diplomat on regional questions.",
])
def test_what_was_talked_over_is_the_meeting_told_before(ex, after):
    assert ex(_MET + after, issuer="LBY", date="2021", types=["meeting"]) == _ONE


@pytest.mark.parametrize("after", [
    "Omar also discussed with the Prime Minister of Egypt, Hany Kamel, the coming elections.",
    "On Wednesday, Omar discussed with the Ambassador of Egypt the border crossings.",
])
def test_a_new_partner_or_another_day_is_a_meeting_of_its_own(ex, after):
    assert len(ex(_MET + after, issuer="LBY", date="2021", types=["meeting"])) == 2
