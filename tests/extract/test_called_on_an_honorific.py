"""A call on an official whose title follows an honorific ("called on Hon.
Minister for Foreign Affairs Dr. A", "called on the Rt. Hon. President") is a
meeting, as a call on the bare title is (sentences of our own)."""

from __future__ import annotations

import pytest

LEAD = ("The fourth meeting of the Nepal-Korea Joint Commission was held in Kathmandu "
        "today. The Korean delegation was led by Mr. Kim Min-su, Vice Minister of Foreign "
        "Affairs of Korea.\n\n")


@pytest.mark.parametrize("text", [
    "The Vice Minister also called on Hon. Minister for Foreign Affairs Dr. Arzu Rana Deuba.",
    "The Vice Minister also called on the Rt. Hon. President of Nepal.",
    "During his stay, the Vice Minister called on Honourable Prime Minister of Nepal.",
    "The Vice Minister also called on the Right Honourable Speaker.",
])
def test_a_call_on_an_honorific_title_is_a_meeting_with_the_guest(ex, text):
    recs = ex(LEAD + text, issuer="NPL", date="2025-03-18", types={"meeting"})
    assert recs == [("meeting", ("NPL",), ("KOR",), "2025-03-18")]


@pytest.mark.parametrize("text", [
    "The Vice Minister also called on Mr. Ram Thapa, a businessman, at his office.",
    "The Vice Minister called on Dr. Sita Rai, a historian at the university.",
])
def test_a_call_on_a_person_with_no_office_is_no_meeting(ex, text):
    assert ex(LEAD + text, issuer="NPL", date="2025-03-18", types={"meeting"}) == []
