"""Four small constructions (sentences of our own):

- consultations or a commission held by video ("in the format of a video
  conference", "via videoconference", "by video link", "online") are the round, no
  call beside it;
- the issuer's own people met abroad told by "our" ("met our compatriots and
  entrepreneurs residing in Austria") are no meeting with the host;
- an occasion hoped for by its possessor ("expressed hope that President A's
  meetings with B and C would ...") is not held;
- the last leg or stop of a journey told with its traveller's possessive ("The final
  stop of the Prime Minister's tour was in Canberra") is a visit there."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "kind", "partner"), [
    ("On 23 February, the foreign ministries of Georgia and Mongolia conducted their "
     "first political consultations as a video conference.", "consultation", "MNG"),
    ("Political consultations between Georgia and Chile were held via videoconference on "
     "23 February.", "consultation", "CHL"),
    ("On 23 February, Georgia and Peru held political consultations by video link.",
     "consultation", "PER"),
    ("The 5th meeting of the Georgia-Kazakhstan Intergovernmental Commission took place by "
     "videoconference on 23 February.", "commission", "KAZ"),
])
def test_a_round_held_by_video_is_no_call(ex, text, kind, partner):
    got = ex(text, issuer="GEO", date="2024-03-14", types=[kind, "call"])
    assert got == [(kind, ("GEO",), (partner,), "2024-02-23")]


def test_a_round_and_a_later_call_stay_two(ex):
    got = ex("On 23 February Georgia and Peru held political consultations in Lima and "
             "later the ministers spoke by phone.", issuer="GEO", date="2024-03-14",
             types=["consultation", "call"])
    assert sorted(g[0] for g in got) == ["call", "consultation"]


@pytest.mark.parametrize("text", [
    "Later that day the Minister also met our compatriots and entrepreneurs residing in "
    "Austria.",
    "During the visit to France, the Minister met representatives of our diaspora in Paris.",
    "In Berlin the Minister met a group of our students studying in Germany.",
])
def test_our_people_met_abroad_are_no_meeting(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14", types=["meeting"]) == []


@pytest.mark.parametrize("text", [
    "The President expressed his hope that President Biden's meetings with the leaders of "
    "France and Germany would be productive.",
    "The Minister said he hoped that the Chancellor's visit to Japan would open new "
    "markets.",
])
def test_an_occasion_hoped_for_is_not_held(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14", types=["meeting", "visit"]) == []


@pytest.mark.parametrize(("text", "host"), [
    ("The final stop of the Prime Minister's tour was in Canberra, where he held talks "
     "with the Australian Prime Minister.", "AUS"),
    ("The last stop of the Minister's Asian tour was Hanoi.", "VNM"),
    ("The second stage of the President's trip abroad was Santiago.", "CHL"),
])
def test_a_leg_of_a_journey_with_its_possessor_is_a_visit(ex, text, host):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [(("GEO",), (host,))]


def test_an_occasion_hoped_for_without_that(ex):
    # generality audit (audit3): "hoped President A's talks with ..." (no "that")
    assert ex("The President hoped President Biden's talks with the leaders of France and "
              "Germany would succeed.", issuer="GEO", date="2024-03-14",
              types=["meeting", "visit"]) == []


@pytest.mark.parametrize(("text", "host"), [
    ("The Prime Minister's tour ended in Canberra.", "AUS"),
    ("The Minister's tour of Asia concluded in Tokyo on Friday.", "JPN"),
    ("Her trip wrapped up in Jakarta.", "IDN"),
])
def test_a_journey_that_ended_in_a_place_is_a_visit(ex, text, host):
    # generality audit (fixA): the journey as the subject of "ended in"
    got = ex(text, issuer="GEO", date="2024-03-14", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [(("GEO",), (host,))]


def test_a_journey_that_ended_in_success_is_no_visit(ex):
    assert ex("The tour ended in success.", issuer="GEO", date="2024-03-14",
              types=["visit"]) == []
