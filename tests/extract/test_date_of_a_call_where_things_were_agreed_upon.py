"""Officials "met to pursue the points agreed upon by the two Presidents during their
telephone conversation on 27 January": that day is the call's, where those matters were
agreed (with the particle "upon" or "on" as without it), not the meeting's
(sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, dated_core


@pytest.mark.parametrize(("text", "code"), [
    ("Officials of Mexico and the United States held a meeting at the Foreign Ministry to "
     "follow up on the points agreed upon by the two Presidents during their telephone "
     "conversation on 27 January.", "USA"),
    ("The Foreign Secretary met the US Secretary of State to review the steps agreed upon by "
     "their Presidents during their phone call of 27 January.", "USA"),
    ("Officials of Mexico and Canada held talks in Ottawa to review the measures agreed "
     "upon by the Prime Ministers during their phone conversation on 27 January.", "CAN"),
    ("Officials of Mexico and Canada held a meeting in Ottawa to review the measures agreed "
     "upon by the two leaders at their phone call on 27 January.", "CAN"),
])
def test_the_meeting_keeps_its_own_day(text, code):
    assert dated_core("MEX", text, CORE) == [("call", ("MEX",), (code,), "2025-01-27"),
                                             ("meeting", ("MEX",), (code,), "2025-03-12")]


def test_a_meeting_dated_itself_keeps_that_day():
    text = ("Officials of Mexico and the United States held a meeting on 27 January to pursue "
            "the points agreed upon by the two Presidents.")
    assert dated_core("MEX", text, CORE) == [("meeting", ("MEX",), ("USA",), "2025-01-27")]
