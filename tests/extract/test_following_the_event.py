"""A sentence opened by what followed an event told before ("Following the
talks, ...", "After the meeting, ...") takes that event's day, not the first day
of the visit nor a year the sentence names in passing."""

from __future__ import annotations

import pytest

READOUT = ("Tashkent, 10 April 2023\n\n"
           "The Foreign Minister of Georgia arrived in Tashkent on 6 April for a three-day "
           "visit. On 7 April he held talks with the Foreign Minister of Uzbekistan.\n\n")


@pytest.mark.parametrize("closing", [
    "Following the negotiations, a memorandum on the training of diplomats was signed.",
    "After the talks, the two ministers signed a programme of cooperation for 2023.",
    "At the end of the meeting, an agreement on visa-free travel was signed.",
])
def test_a_signing_that_follows_the_talks_takes_their_day(ex, closing):
    got = ex(READOUT + closing, types={"agreement"})
    assert got == [("agreement", ("GEO",), ("UZB",), "2023-04-07")]


def test_a_signing_with_its_own_day_keeps_it(ex):
    text = READOUT + "Following the talks, on 8 April, a protocol on tourism was signed."
    assert ex(text, types={"agreement"}) == [("agreement", ("GEO",), ("UZB",), "2023-04-08")]


def test_a_later_day_told_in_between_is_not_overridden(ex):
    text = (READOUT + "On 9 April the ministerial session of the regional forum was held in "
            "Samarkand.\n\nAfter the meeting, a joint statement on transport was signed with "
            "Uzbekistan.")
    got = ex(text, types={"agreement"})
    assert ("agreement", ("GEO",), ("UZB",), "2023-04-07") not in got


def test_a_signing_after_a_session_takes_the_session_day_not_the_visit_start(ex):
    text = ("Tbilisi, 5 June 2023\n\nThe Foreign Minister of Armenia paid an official visit to "
            "Georgia from 2 to 4 June. The 5th meeting of the Georgia–Armenia Intergovernmental "
            "Commission was held in Tbilisi on 3 June. It was co-chaired by the two foreign "
            "ministers, during the visit.\n\nFollowing the meeting, the two Ministers witnessed "
            "the signing of a memorandum on tourism.")
    assert ex(text, types={"agreement"}) == [("agreement", ("GEO",), ("ARM",), "2023-06-03")]


ARRIVAL = ("Tashkent, 8 April 2023\n\n"
           "The Minister arrived in Tashkent late last night, and this morning he held talks "
           "with the Foreign Minister of Uzbekistan.\n\n")


@pytest.mark.parametrize("opening", [
    "Before our meeting I was received by the President of Uzbekistan.",
    "Ahead of the talks, the Minister was received by the President of Uzbekistan.",
    "After the negotiations the Minister called on the President of Uzbekistan.",
])
def test_a_meeting_told_before_or_after_the_talks_takes_their_day(ex, opening):
    got = ex(ARRIVAL + opening, types={"meeting"})
    assert got == [("meeting", ("GEO",), ("UZB",), "2023-04-08")] * 2


SUMMIT = ("Luanda, 14 October 2023\n\n"
          "On Saturday the Minister took part in the ministerial meeting of the Luanda process "
          "in Luanda.\n\n")


@pytest.mark.parametrize("opening", [
    "On the eve of the meeting, the Minister was received by the President of Angola.",
    "On the eve of the meeting, the Minister, who had arrived in Luanda on Thursday, was "
    "received by the President of Angola.",
])
def test_a_meeting_on_the_eve_of_the_session_is_the_day_before(ex, opening):
    got = ex(SUMMIT + opening, issuer="COD", date=None, types={"meeting"})
    assert got == [("meeting", ("COD",), ("AGO",), "2023-10-13")]


def test_on_the_eve_with_its_own_day_keeps_it(ex):
    text = SUMMIT + ("On the eve of the meeting, the Minister was received by the President of "
                     "Angola on 12 October.")
    got = ex(text, issuer="COD", date=None, types={"meeting"})
    assert got == [("meeting", ("COD",), ("AGO",), "2023-10-12")]
