""""At the close of the work" after a session of several days, with an arrival told
in between: the session's last day, not the arrival's (sentences of our own)."""

from __future__ import annotations

import pytest

_SESSION = ("The work of the second session of the Georgia-Kenya Joint Commission took "
            "place on 6 and 7 May 2025 in Nairobi, co-chaired by the two ministers. "
            "Arriving in Nairobi on Monday 5 May at the head of a large delegation, the "
            "Minister was welcomed at the airport by his counterpart. ")


@pytest.mark.parametrize("closing", [
    "At the close of the work, the two parties signed the agreed minutes and four "
    "cooperation agreements.",
    "At the end of the proceedings, the two ministers signed three memoranda of "
    "understanding.",
])
def test_the_close_of_a_session_of_days_is_its_last_day(ex, closing):
    got = ex(_SESSION + closing, date="2025-05-09", types=["agreement"])
    assert [(g[0], g[2], g[3]) for g in got] == [("agreement", ("KEN",), "2025-05-07")]


def test_a_day_named_in_the_closing_sentence_is_kept(ex):
    closing = ("At the close of the work on 6 May, the two parties signed the agreed "
               "minutes.")
    got = ex(_SESSION + closing, date="2025-05-09", types=["agreement"])
    assert [(g[0], g[2], g[3]) for g in got] == [("agreement", ("KEN",), "2025-05-06")]


def test_a_later_session_of_one_day_is_the_one_closed(ex):
    text = (_SESSION + "On 15 December, the last meeting of the Georgia-Kenya Joint "
            "Commission for the year was held in Tbilisi. At the end of the meeting, the "
            "two parties signed the agreed minutes.")
    got = ex(text, date="2025-12-20", types=["agreement"])
    assert [(g[0], g[2], g[3]) for g in got] == [("agreement", ("KEN",), "2025-12-15")]
