"""A meeting reported on its day, then told of again as the subject of a post or a
remark ("In a post, the Minister shared about his in-person meeting with the
Secretary", "she wrote of her talks with ...") or quoted from the post after the
event ("“A great first meeting with @A at #Forum,” he wrote.") is the meeting
reported, not a second one. A meeting with another side, or a quoted post with no
meeting told before, is still one (texts of our own)."""

from __future__ import annotations

import pytest

_MET = ("On Friday, Feb. 14, Secretary Ana Cruz held her first talks with Foreign Minister "
        "John Doe of Canada, in the margins of the Munich Security Conference.\n\n")


@pytest.mark.parametrize("again", [
    "On social media the Secretary later wrote about her in-person meeting with the "
    "Canadian minister.",
    "“A great first in person meeting with @FMDoe at #MSC2025,” she wrote.",
    "Later, the Secretary wrote of her talks with the Canadian minister on social media.",
    "\"Very productive meeting with my Canadian counterpart,\" the Secretary posted.",
])
def test_the_meeting_told_of_again_is_one(ex, again):
    got = ex(_MET + again, issuer="PHL", date="2025-02-15", types={"meeting"})
    assert got == [("meeting", ("PHL",), ("CAN",), "2025-02-14")]


def test_a_meeting_with_another_side_is_still_one(ex):
    got = ex(_MET + "“A useful meeting with the Foreign Minister of Chile,” she wrote.",
             issuer="PHL", date="2025-02-15", types={"meeting"})
    assert sorted(r[2] for r in got) == [("CAN",), ("CHL",)]


def test_a_quoted_post_with_nothing_before_is_a_meeting(ex):
    got = ex("“A great meeting with my Canadian counterpart in Manila,” the Secretary "
             "wrote on Friday, Feb. 14.", issuer="PHL", date="2025-02-15", types={"meeting"})
    assert [r[2] for r in got] == [("CAN",)]
