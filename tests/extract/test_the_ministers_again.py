"""A sentence whose subject is the two sides of the meeting just told ("Besides, the
ministers held discussions about ...", "The two leaders also talked about ...") tells
more of that meeting: no new meeting, and never one with the host of a visit told in
between; the two sides meeting someone else is still a meeting (sentences of our own)."""

from __future__ import annotations

import pytest

_TOLD = ("On Monday the Minister held a meeting with her Indian counterpart on the margins of "
         "the summit. The Minister is in Sri Lanka for the summit. ")


@pytest.mark.parametrize("follow", [
    "Besides, the ministers held discussions about the Prime Minister's visit to India.",
    "Besides, the ministers held discussions about the Prime Minister's visit to India from "
    "Friday, 1 April.",
    "The two ministers also held talks on the border trade.",
    "Moreover, both ministers held discussions about the power trade agreement.",
    "The two leaders further held consultations on the hydropower projects.",
])
def test_the_two_sides_named_again_add_no_meeting(ex, follow):
    recs = ex(_TOLD + follow, issuer="NPL", date="2022-03-29", types={"meeting"})
    assert recs == [("meeting", ("NPL",), ("IND",), "2022-03-28")]


def test_the_two_sides_meeting_a_third_official_is_a_meeting(ex):
    text = (_TOLD.replace("in Sri Lanka", "in India") + "Later that day the two ministers "
            "called on Prime Minister Modi.")
    recs = ex(text, issuer="NPL", date="2022-03-29", types={"meeting"})
    assert len(recs) == 2


def test_a_new_meeting_with_a_named_partner_stays(ex):
    text = _TOLD + "The ministers then held talks with the Foreign Minister of Sri Lanka."
    recs = ex(text, issuer="NPL", date="2022-03-29", types={"meeting"})
    assert ("meeting", ("NPL",), ("LKA",), "2022-03-28") in recs and len(recs) == 2


def test_the_two_sides_after_a_commission_have_their_own_meeting(ex):
    # must not drop: the last event with the two sides was a commission session
    text = ("On Monday the Minister co-chaired with her Indian counterpart the fifth session "
            "of the Joint Commission. The two ministers then had a tête-à-tête on the border "
            "trade.")
    recs = ex(text, issuer="NPL", date="2022-10-29", types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [("IND",)]


def test_the_two_sides_meeting_on_a_day_of_their_own_meet_again(ex):
    # must not drop: the sentence dates a meeting of its own
    text = ("On Monday the Minister held a meeting with her Indian counterpart in Kathmandu. "
            "The two leaders met again in New Delhi on 7 October and adopted a joint vision.")
    recs = ex(text, issuer="NPL", date="2022-10-29", types={"meeting"})
    assert ("meeting", ("NPL",), ("IND",), "2022-10-07") in recs
