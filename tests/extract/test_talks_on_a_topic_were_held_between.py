"""Talks, discussions or negotiations told in the passive with their topic between the
noun and the verb ("Talks on fisheries were held between the Minister and the
Ambassador of Japan") are one meeting with the partner after "between" or "with"; a
country inside the topic is no partner, and talks only planned, or held with no
foreign partner, are no meeting (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Bridgetown, 10 November 2022 - "


@pytest.mark.parametrize(("text", "to", "day"), [
    ("Talks on trade and climate were held between Foreign Minister Jane Doe and the "
     "Ambassador of Japan, Taro Yamada.", "JPN", "2022-11-10"),
    ("Discussions about the fisheries agenda were held on Monday with the Ambassador of "
     "France, Marie Dupont, at the Ministry.", "FRA", "2022-11-07"),
    ("Negotiations over the maritime boundary were held in Bridgetown between the Foreign "
     "Minister and a delegation from Venezuela.", "VEN", "2022-11-10"),
    ("Talks on the situation in Haiti were held between the Foreign Minister and the "
     "Ambassador of Brazil.", "BRA", "2022-11-10"),
])
def test_talks_with_their_topic_before_the_passive_are_a_meeting(ex, text, to, day):
    got = ex(_LEAD + text, issuer="BRB", date="2022-11-10", types=["meeting"])
    assert got == [("meeting", ("BRB",), (to,), day)]


@pytest.mark.parametrize("text", [
    "Discussions on the budget were held between the Minister of Finance and the unions.",
    "Talks on the new road were held last year in the parish council.",
    "Discussions on priority areas will be held between the Minister and the Ambassador "
    "of Spain next month.",
])
def test_no_meeting_without_a_foreign_partner_or_when_only_planned(ex, text):
    assert ex(_LEAD + text, issuer="BRB", date="2022-11-10", types=["meeting"]) == []
