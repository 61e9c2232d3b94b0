"""After a meeting with one side, a guest of another side told on a visit to us:
"the two Presidents" who then hold talks are the guest's and ours, a new meeting,
not the meeting told before (sentences of our own)."""

from __future__ import annotations

_DAY = "2024-09-12"


def test_the_two_presidents_after_a_guests_visit_meet_the_guest(ex):
    text = ("The Minister held talks in Nairobi with the Foreign Minister of Kenya on 3 May. "
            "On 14 July, Georgia welcomed Dr. Ama Mensah, President of the Republic of "
            "Ghana, who paid a working visit to Tbilisi for the opening of a trade fair. "
            "The two Presidents held talks at the Orbeliani Palace on the same day.")
    assert ex(text, date=_DAY, types=["meeting"]) == [
        ("meeting", ("GEO",), ("GHA",), "2024-07-14"),
        ("meeting", ("GEO",), ("KEN",), "2024-05-03")]


def test_the_two_ministers_after_our_own_stop_are_those_met_before(ex):
    text = ("The Minister held talks in Nairobi with the Foreign Minister of Kenya on 3 May. "
            "The Minister then visited the port of Mombasa. The two ministers also "
            "discussed fisheries.")
    assert ex(text, date=_DAY, types=["meeting"]) == [
        ("meeting", ("GEO",), ("KEN",), "2024-05-03")]


def test_the_guest_met_before_stays_the_one_met(ex):
    text = ("The President of Kenya paid a state visit to Georgia on 3 May and held talks "
            "with the President at the Orbeliani Palace. The President of Kenya also "
            "visited Batumi on 4 May. The two Presidents then held a joint press "
            "conference.")
    got = ex(text, date=_DAY, types=["meeting"])
    assert [(g[0], g[1], g[2]) for g in got] == [("meeting", ("GEO",), ("KEN",))]
