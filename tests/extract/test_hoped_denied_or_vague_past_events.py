"""Events named but not reported as held: hoped for ("looks forward in 2025 to the
hosting of the Joint Commission"), a standing body said not to have met ("the
joint commission did not meet this year"), and meetings told only as having
happened some time before ("have met on several occasions before"); the same
words beside a session that did sit leave it (sentences of our own)."""

from __future__ import annotations

import pytest

REVIEW = "Review of 2024\n\n"


@pytest.mark.parametrize("text", [
    "The Ministry looks forward in 2025 to hosting the Uganda-Kenya Joint Permanent "
    "Commission in Kampala.",
    "The Ministry hopes to welcome the third session of the Uganda-Tanzania Joint Commission "
    "in Entebbe next year.",
    "Uganda is looking forward to the convening of the Uganda-Rwanda Joint Permanent "
    "Commission.",
    "Trade grew, and the Ministry aims to hold the first Uganda-Ghana Joint Commission soon.",
])
def test_a_session_hoped_for_is_no_commission(ex, text):
    assert ex(REVIEW + text, issuer="UGA", date="2024", types={"commission"}) == []


@pytest.mark.parametrize("text", [
    "Uganda and Kenya deepened trade ties, although the joint commission of the two "
    "countries did not meet this year.",
    "The joint commission with Kenya has not been convened since 2019.",
    "The joint commission with Kenya was not held in 2024 owing to the elections.",
])
def test_a_body_said_not_to_have_met_is_no_commission(ex, text):
    assert ex(REVIEW + text, issuer="UGA", date="2024", types={"commission"}) == []


@pytest.mark.parametrize("text,date", [
    ("The joint commission with Kenya, which did not meet in 2023, held its fifth session "
     "in Nairobi in June.", "2024-06"),
    ("In June the Minister co-chaired in Nairobi the 5th session of the Uganda-Kenya Joint "
     "Commission, which had not met since 2019.", "2024-06"),
])
def test_a_session_held_after_a_pause_is_still_a_commission(ex, text, date):
    recs = ex(REVIEW + text, issuer="UGA", date="2024", types={"commission"})
    assert recs == [("commission", ("UGA",), ("KEN",), date)]


@pytest.mark.parametrize("text", [
    "The President will travel to Rome, and as you know, the Presidents of Uganda and Italy "
    "have met on several occasions before.",
    "Our Minister and the Foreign Minister of Italy have met many times.",
    "The Minister has already met the Italian Foreign Minister in the past.",
])
def test_meetings_told_only_as_some_time_before_are_no_meeting(ex, text):
    assert ex(text, issuer="UGA", date="2024-06-12", types={"meeting"}) == []


def test_a_meeting_in_the_present_perfect_with_its_day_stays(ex):
    text = "The Minister has met his Kenyan counterpart today in Kampala."
    recs = ex(text, issuer="UGA", date="2024-06-12", types={"meeting"})
    assert recs == [("meeting", ("UGA",), ("KEN",), "2024-06-12")]


def test_a_hope_in_a_clause_of_its_own_leaves_the_meeting(ex):
    text = "Hoping to deepen ties, the Minister met his Kenyan counterpart in Nairobi in June."
    recs = ex(text, issuer="UGA", date="2024-07-01", types={"meeting"})
    assert recs == [("meeting", ("UGA",), ("KEN",), "2024-06")]
