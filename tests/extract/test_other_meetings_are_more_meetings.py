"""A meeting told as one more of its kind in the same sentence ("my meetings with the
Friends of Ireland group, as well as other meetings with party leaders", "further
talks with ..."): another occasion, kept though its record looks like the one before
(same partner, same day). Two verbs with one object, and "separate bilateral meetings"
beside a trilateral, stay as they were (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_TRIP = "I travelled to Canada from 5 to 7 February. In Ottawa, I met Foreign Minister Ann Lee. "


def _met(text: str) -> int:
    recs = extract_text(text, issuer="IRL", date="2019-02-12").records
    return sum(1 for r in recs if r.type == "meeting" and r.to == ["CAN"])


@pytest.mark.parametrize(("text", "n"), [
    (_TRIP + "My meetings with the Friends of Ireland group, as well as other meetings with "
     "party leaders in the House of Commons, were valuable.", 3),
    (_TRIP + "I held talks with the Canadian Trade Minister and further talks with the "
     "Canadian Finance Minister.", 3),
    (_TRIP + "My meeting with the Speaker, and additional meetings with Canadian "
     "provincial premiers, covered trade.", 3),
    # (officials in both: meetings with business leaders alone are no meetings of sides,
    # see test_a_meeting_with_private_people_only_is_no_meeting.py)
    (_TRIP + "Meetings with provincial ministers, as well as other meetings with Canadian "
     "senators, took place on 6 February.", 3),
])
def test_one_more_meeting(text: str, n: int) -> None:
    assert _met(text) == n


@pytest.mark.parametrize(("text", "n"), [
    # two verbs, one object: one meeting
    (_TRIP + "I met and held talks with the Canadian Trade Minister.", 2),
    # no "other": the same talks named again
    (_TRIP + "The meeting with the Foreign Minister was productive.", 1),
])
def test_no_more_meetings(text: str, n: int) -> None:
    assert _met(text) == n
