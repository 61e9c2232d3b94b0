"""A standing body told as having "met", with its short name in brackets, an aside set
off by commas or an adverb between its name and the verb ("The Canada-Mexico Joint
Commission (JC) met", "..., co-chaired by the two ministers, met"): the body's session,
no meeting beside it (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("issuer", "text", "other", "day"), [
    ("CAN", "The Canada-Mexico Joint Commission (JC) met in Ottawa on 4 May.", "MEX",
     "2022-05-04"),
    ("AUS", "The Australia-Indonesia Joint Commission, co-chaired by the two foreign "
            "ministers, met in Jakarta on 30 May.", "IDN", "2022-05-30"),
    ("GHA", "The Ghana-Nigeria Permanent Joint Commission for Cooperation, set up in 1990, "
            "met in Abuja on 2 May.", "NGA", "2022-05-02"),
    ("KAZ", "The Joint Economic Commission between Kazakhstan and Uzbekistan (JEC) met in "
            "Tashkent on 14 April.", "UZB", "2022-04-14"),
    ("PRT", "The 12th session of the Portugal-Brazil Bilateral Commission (PBBC) met "
            "virtually on 3 May.", "BRA", "2022-05-03"),
])
def test_the_session_and_no_meeting(ex, issuer, text, other, day):
    got = ex(text, issuer=issuer, date="2022-06-01", types=["meeting", "commission"])
    assert got == [("commission", (issuer,), (other,), day)]


def test_a_minister_who_met_after_the_session_is_a_meeting(ex):
    got = ex("After the session of the Joint Commission (JC), the Minister met the Foreign "
             "Minister of Mexico on 4 May.", issuer="CAN", date="2022-06-01",
             types=["meeting"])
    assert got == [("meeting", ("CAN",), ("MEX",), "2022-05-04")]
