"""A meeting with a country's officials told as a group ("met with Indian officials")
and, in the next sentence, the meetings with its named members that day ("He held talks
with External Affairs Minister A and with Commerce Minister B"): the meetings with those
named, one per official, not one more for the group. A sentence that says it was
another occasion ("also", "later") keeps both (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "Tuesday 6 February 2024\n\n"


@pytest.mark.parametrize(("issuer", "text", "other", "n"), [
    ("PNG", "Foreign Minister John Kila met with Australian Cabinet Ministers to discuss the "
            "Prime Minister's trip. Mr Kila met with Senator Penny Wong, Minister for "
            "Foreign Affairs, and Richard Marles, Minister for Defence, today at Parliament "
            "House in Canberra.", "AUS", 2),
    ("JPN", "The Minister met Indian officials in New Delhi today. He held talks with "
            "External Affairs Minister Jaishankar and with Commerce Minister Goyal.", "IND", 2),
    ("FRA", "The Minister met with German government ministers in Berlin today. She met "
            "Foreign Minister Annalena Baerbock and Finance Minister Christian Lindner.",
     "DEU", 2),
    ("NOR", "Today the State Secretary held talks with senior Kenyan officials. She met the "
            "Foreign Minister of Kenya at the Ministry.", "KEN", 1),
    ("CAN", "The Minister met Mexican cabinet ministers in Mexico City today. Secretary "
            "Alicia Bárcena of Mexico received him at the Foreign Ministry.", "MEX", 1),
])
def test_the_group_is_its_named_members(ex, issuer, text, other, n):
    got = ex(_DAY + text, issuer=issuer, date="2024-02-06", types=["meeting"])
    assert got == [("meeting", (issuer,), (other,), "2024-02-06")] * n


def test_another_occasion_keeps_the_group(ex):
    got = ex(_DAY + "The Minister met Indian officials in New Delhi today. Later he also "
             "held talks with External Affairs Minister Jaishankar.", issuer="JPN",
             date="2024-02-06", types=["meeting"])
    assert len(got) == 2
