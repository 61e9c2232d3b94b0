"""A summons told with its day, or an aside in brackets, between the verb and
the envoy ("summoned on Friday (3 March 2023) the Ambassador of Iran",
"summoned (as a first reaction) the chargé d'affaires of Russia")
is a meeting with the envoy's country, on that day. Words in brackets before
something else summoned are none (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partner, day", [
    ("The Ministry of Foreign Affairs summoned on Friday (3 March 2023) the Ambassador "
     "of Iran over the detention of two citizens.", "IRN", "2023-03-03"),
    ("The Foreign Ministry summoned on Thursday, 2 March, the chargé d'affaires of Russia "
     "to protest the strikes.", "RUS", "2023-03-02"),
    ("Minister Ivanova summoned (as a first reaction) the Ambassador of Belarus "
     "on 2 March.", "BLR", "2023-03-02"),
    ("The Secretary General of the Ministry had summoned earlier today (6 March) the new "
     "Chinese Ambassador, Li Wei, to convey the Government's protest.", "CHN", "2023-03-06"),
])
def test_a_summons_with_the_day_between_is_a_meeting(ex, text, partner, day):
    got = ex(text, issuer="LTU", date="2023-03-06", types={"meeting"})
    assert ("meeting", ("LTU",), (partner,), day) in got


@pytest.mark.parametrize("text", [
    "The party summoned on Friday (3 March 2023) its members of Parliament to a meeting "
    "on the budget.",
    "The court summoned (for the second time) the former director as a witness.",
])
def test_no_envoy_summoned_is_no_meeting(ex, text):
    assert ex(text, issuer="LTU", date="2023-03-06", types={"meeting"}) == []
