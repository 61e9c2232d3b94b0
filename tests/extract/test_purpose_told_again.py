"""Talks a trip's purpose names ("travelled to Addis Ababa for talks with the
Ethiopian authorities") told again later without a date of their own are the
same talks (sentences of our own)."""

from __future__ import annotations

import pytest

LEAD = "The State Secretary travelled to Addis Ababa this week for talks with the {who}. "


@pytest.mark.parametrize("who,later", [
    ("Ethiopian authorities", "He also held talks with the Foreign Minister of Ethiopia on "
     "the humanitarian situation."),
    ("Ethiopian government", "The State Secretary also met Ethiopia's State Minister for "
     "Foreign Affairs to discuss the peace agreement."),
    ("Ethiopian authorities", "In his talks with the Ethiopian State Minister, he raised the "
     "situation in Amhara."),
])
def test_talks_named_as_the_purpose_and_told_again_are_one_meeting(ex, who, later):
    recs = ex(LEAD.format(who=who) + later, issuer="NOR", date="2024-02-16",
              types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [("ETH",)]


@pytest.mark.parametrize("later,n", [
    ("On Wednesday he met the Foreign Minister of Ethiopia.", 2),
    ("He also held talks with the Foreign Minister of Kenya.", 2),
])
def test_a_meeting_with_its_own_day_or_another_side_is_still_reported(ex, later, n):
    recs = ex(LEAD.format(who="Ethiopian authorities") + later, issuer="NOR",
              date="2024-02-16", types={"meeting"})
    assert len(recs) == n


def test_without_a_purpose_a_later_meeting_is_reported(ex):
    text = ("The State Secretary travelled to Addis Ababa this week. He held talks with the "
            "Foreign Minister of Ethiopia on the humanitarian situation.")
    recs = ex(text, issuer="NOR", date="2024-02-16", types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [("ETH",)]
