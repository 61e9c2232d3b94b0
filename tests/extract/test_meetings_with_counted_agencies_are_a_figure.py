"""Meetings held with a counted crowd of partners of several kinds ("held meetings with
12 donor agencies and countries", "with eleven development partners", "with over 20
international organisations") are a figure of the trip, not one more meeting with the
country the text was just about (sentences of our own)."""

from __future__ import annotations

import pytest

_OPEN = ("Suva, 4 May 2024 - The President met several leaders at the Forum in Suva, "
         "including the Prime Minister of Fiji. ")


@pytest.mark.parametrize("text", [
    "She held meetings with 12 donor agencies and countries on the margins of the Forum.",
    "She also held meetings with eleven development partners on the sidelines.",
    "The delegation met with over 20 international organisations during the week.",
    "She held bilateral talks with fifteen donor governments and institutions.",
    "On the margins she had meetings with some 30 aid agencies.",
])
def test_counted_partners_of_several_kinds_are_no_meeting_with_the_last_country(ex, text):
    got = ex(_OPEN + text, issuer="GHA", date="2024-05-04", types=["meeting"])
    assert got == [("meeting", ("GHA",), ("FJI",), "2024-05-04")]


@pytest.mark.parametrize(("text", "to"), [
    # a count beside a named partner: the partner is met
    ("She also held meetings with the Prime Minister of Samoa and two of his ministers.",
     "WSM"),
    ("She then held talks with the 12 members of the Tongan cabinet.", "TON"),
])
def test_a_named_partner_beside_a_count_is_still_met(ex, text, to):
    got = ex(_OPEN + text, issuer="GHA", date="2024-05-04", types=["meeting"])
    assert ("meeting", ("GHA",), (to,), "2024-05-04") in got


def test_a_meeting_with_the_partner_named_before_is_kept(ex):
    text = _OPEN + "She also held meetings with the Fijian trade minister on the sidelines."
    got = ex(text, issuer="GHA", date="2024-05-04", types=["meeting"])
    assert len(got) == 2 and {g[2] for g in got} == {("FJI",)}
