"""The ministers of a meeting told on one day, then the guest's stay of days told,
then "They also signed ..." / "The Ministers signed ...": the meeting's day, not
the first day of the stay (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = ("The Minister for Foreign Affairs hosted Kenya's Minister for Foreign Affairs, "
         "Musalia Mudavadi, in Tbilisi yesterday for the annual foreign ministers' meeting. "
         "Minister Mudavadi is visiting Georgia from 13 to 15 July, his first visit since "
         "taking office. The Ministers discussed trade and regional security. ")


@pytest.mark.parametrize("opening", ["They also signed", "The Ministers also signed",
                                     "The two Ministers signed", "Both ministers signed"])
def test_the_ministers_signing_after_a_stay_told_take_the_meetings_day(ex, opening):
    got = ex(_LEAD + opening + " an arrangement on cooperation in clean energy.",
             date="2025-07-15", types=["agreement"])
    assert got == [("agreement", ("GEO",), ("KEN",), "2025-07-14")]


def test_a_signing_with_a_day_of_its_own_keeps_it(ex):
    got = ex(_LEAD + "On 15 July the Ministers signed an arrangement on clean energy.",
             date="2025-07-15", types=["agreement"])
    assert got == [("agreement", ("GEO",), ("KEN",), "2025-07-15")]
