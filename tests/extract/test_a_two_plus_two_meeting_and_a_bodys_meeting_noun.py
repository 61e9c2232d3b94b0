"""A "2+2" meeting (the foreign and defence ministers of two countries) co-chaired,
held or attended is a meeting with the other country; and "the Joint Commission
meeting with Indonesia" is the body's session alone, no second meeting (a meeting
told after it with its own verb stays) (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Manila, 20 May 2024 - "


@pytest.mark.parametrize(("text", "partner"), [
    ("Secretary Manalo and Japanese Foreign Minister Kamikawa co-chaired the 2+2 meeting "
     "in Tokyo on Friday.", "JPN"),
    ("Secretary Manalo co-chaired the 2+2 ministerial dialogue with Japan in Tokyo.", "JPN"),
    ("The Secretary attended the 2+2 meeting with the United States in Washington.", "USA"),
    ("The two countries convened their second two-plus-two dialogue with Australia in "
     "Canberra.", "AUS"),
])
def test_a_two_plus_two_meeting_is_a_meeting_with_the_other_country(ex, text, partner):
    got = ex(_LINE + text, issuer="PHL", date="2024-05-20", types=["meeting"])
    assert [g[2] for g in got] == [(partner,)]


@pytest.mark.parametrize(("text", "kinds"), [
    ("Undersecretary Lazaro led the Philippine delegation to the Joint Commission meeting "
     "with Indonesia in Jakarta.", ["commission"]),
    ("The Bilateral Consultations meeting with Chile took place in Santiago on 15 May.",
     ["consultation"]),
    ("The Minister attended the Joint Commission meeting with Indonesia and then met the "
     "President of Indonesia.", ["commission", "meeting"]),
])
def test_a_bodys_meeting_noun_is_its_session(ex, text, kinds):
    got = ex(_LINE + text, issuer="PHL", date="2024-05-20",
             types=["meeting", "commission", "consultation"])
    assert sorted(g[0] for g in got) == kinds
