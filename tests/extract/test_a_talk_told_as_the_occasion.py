"""A talk told as the occasion of what was said ("In a talk with Kenya's Foreign
Minister, both sides ...", "The Minister, in a talk with his Kenyan counterpart,
stressed ...", "During her talk with the President of Ghana, ...") is a meeting with
that official's side, as "had a talk with" is; a talk by telephone is a call, and a
talk with people who stand for no side is nothing (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner"), [
    ("In a talk with the Kenyan Foreign Minister, Jane Otieno, both sides reaffirmed "
     "their commitment to cooperation.", "KEN"),
    ("The Minister, in a talk with his Kenyan counterpart, stressed the importance of "
     "trade.", "KEN"),
    ("During her talk with the President of Ghana, the Minister conveyed the greetings "
     "of the Government.", "GHA"),
    ("In a long talk with the Prime Minister of Fiji, the Minister raised climate "
     "finance.", "FJI"),
])
def test_the_talk_is_a_meeting(ex, text, partner):
    got = ex(text, issuer="NIC", date="2023-09-22")
    assert got == [("meeting", ("NIC",), (partner,), "2023-09-22")]


@pytest.mark.parametrize("text", [
    "In a telephone talk with the Foreign Minister of Kenya, the Minister discussed trade.",
    "The Minister had a telephone talk with the Foreign Minister of Kenya.",
])
def test_a_talk_by_telephone_is_a_call(ex, text):
    got = ex(text, issuer="NIC", date="2023-09-22")
    assert [g[0] for g in got] == ["call"]


def test_a_talk_with_no_side_is_nothing(ex):
    text = "In a talk with students at the University of Nairobi, the Minister spoke about Kenya."
    assert ex(text, issuer="NIC", date="2023-09-22") == []
