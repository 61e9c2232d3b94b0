"""After a meeting is told, "The parties met on the sidelines of ...", "The sides met in
Vienna" tells where that meeting took place: the same meeting, not a second one. A
meeting of the two sides on a day of its own is another (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("second", [
    "The parties met on the sidelines of the OSCE Ministerial Council in Vienna.",
    "The sides met in Vienna on the margins of the ministerial session.",
    "Both parties met at the venue of the Council in Vienna.",
    "The two parties met behind closed doors in Vienna.",
    "Then the sides met in an expanded format with their delegations.",
])
def test_the_sides_meeting_again_is_the_meeting_told(ex, second):
    text = ("Minister meets Irish counterpart\n\nThe Minister of Foreign Affairs of Georgia held "
            "talks with the Minister for Foreign Affairs of Ireland. " + second + " They "
            "discussed trade.")
    assert ex(text, issuer="GEO", date="2023", types={"meeting"}) == [
        ("meeting", ("GEO",), ("IRL",), "2023")]


def test_the_sides_meeting_on_another_day_is_another_meeting(ex):
    text = ("Minister meets Irish counterpart\n\nOn 3 May 2023 the Minister of Foreign Affairs "
            "of Georgia held talks with the Minister for Foreign Affairs of Ireland in Tbilisi. "
            "The parties met again on 9 May 2023 in Dublin.")
    assert ex(text, issuer="GEO", date="2023", types={"meeting"}) == [
        ("meeting", ("GEO",), ("IRL",), "2023-05-03"),
        ("meeting", ("GEO",), ("IRL",), "2023-05-09")]


def test_the_parties_with_a_new_partner_named_is_a_meeting(ex):
    text = ("Minister meets Irish counterpart\n\nThe Minister of Foreign Affairs of Georgia held "
            "talks with the Minister for Foreign Affairs of Ireland. The parties met the "
            "Foreign Minister of Chile in Vienna.")
    met = ex(text, issuer="GEO", date="2023", types={"meeting"})
    assert ("meeting", ("GEO",), ("CHL",), "2023") in met
