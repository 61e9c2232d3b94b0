"""A call named by its maker's possessive ("Minister A's call with Foreign Minister
B") is a call with the partner's side, in a body sentence or in the title; a title's
call is kept when the body tells no call or meeting with that side, and dropped when
the body tells it again (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "to"), [
    ("Foreign Minister Ama Owusu’s call with the Secretary of State of Portugal, Rui "
     "Costa, focused on trade.", "PRT"),
    ("President Mirela Ionescu's calls with Chancellor Hans Weber of Germany covered "
     "energy.", "DEU"),
    ("The Minister's call with her Kenyan counterpart lasted an hour.", "KEN"),
])
def test_a_possessive_call_in_the_body_is_a_call(ex, text, to):
    got = ex(text, issuer="POL", date="2024")
    assert [(g[0], g[2]) for g in got] == [("call", (to,))]


@pytest.mark.parametrize(("text", "to", "day"), [
    ("Minister Anna Kowalczyk's call with French Foreign Minister Pierre Dubois\n\n"
     "04.03.2024\n\nThe French minister thanked Minister Kowalczyk for the support of "
     "Poland and the two agreed to stay in close touch.", "FRA", "2024-03-04"),
    ("President Mirela Ionescu's calls with Chancellor Hans Weber of Germany\n\n"
     "The two leaders discussed energy security and the situation in Moldova.", "DEU",
     "2024"),
    ("Minister Lena Berg's telephone conversation with Japanese Foreign Minister Taro "
     "Sato\n\n12 May 2024\n\nThe ministers reviewed bilateral trade and agreed to meet "
     "soon.", "JPN", "2024-05-12"),
])
def test_a_title_call_the_body_does_not_tell_is_kept(ex, text, to, day):
    got = ex(text, issuer="POL", date="2024")
    assert got == [("call", ("POL",), (to,), day)]


def test_a_title_call_the_body_tells_again_is_one_call(ex):
    text = ("Minister Anna Kowalczyk's call with French Foreign Minister Pierre Dubois\n\n"
            "On 4 March 2024 Minister Kowalczyk spoke by phone with French Foreign "
            "Minister Pierre Dubois about Ukraine.")
    assert ex(text, issuer="POL", date="2024") == [("call", ("POL",), ("FRA",), "2024-03-04")]


@pytest.mark.parametrize("text", [
    "The Minister's call for a ceasefire was welcomed by the Foreign Minister of Norway.",
    "The opposition leader's call with supporters drew criticism.",
])
def test_no_call_without_a_partners_title_or_with_for(ex, text):
    assert [g for g in ex(text, issuer="POL", date="2024") if g[0] == "call"] == []


def test_a_possessive_courtesy_call_stays_a_meeting(ex):
    got = ex("Minister Lars Holm's courtesy call with President Ana Diaz of Chile lasted "
             "an hour.", issuer="POL", date="2024")
    assert [(g[0], g[2]) for g in got] == [("meeting", ("CHL",))]
