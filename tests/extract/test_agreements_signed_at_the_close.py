"""Documents signed at the close of a session that ran over several days ("took
place in Lomé from 3 to 5 June and closed with the signing of four agreements")
are signed on its last day; the session keeps its first. A signing not told as the
close keeps the session's opening day (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "day"), [
    ("The third session of the Ghana-Togo Joint Commission took place in Lomé from 3 to "
     "5 June and closed with the signing of four agreements.", "2024-06-05"),
    ("Held in Accra from 10 to 13 September, the sixth session of the Ghana-Kenya "
     "Permanent Joint Commission was concluded with the signing of two memoranda.",
     "2024-09-13"),
    ("The Ghana-Benin Joint Commission met in Cotonou from 21 to 23 October; the session "
     "ended with the signature of three protocols on transit.", "2024-10-23"),
    ("From 7 to 9 May the Ghana-Niger Joint Commission held its fifth session in Niamey, "
     "which culminated in the signing of a trade agreement.", "2024-05-09"),
])
def test_signed_on_the_last_day(ex, text, day):
    got = ex(text, issuer="GHA", date="2024")
    agreements = [g[3] for g in got if g[0] == "agreement"]
    sessions = [g[3] for g in got if g[0] == "commission"]
    assert agreements == [day]
    assert sessions and sessions[0] < day  # the session keeps its first day


@pytest.mark.parametrize(("text", "day"), [
    # a signing told as part of the session, not its close
    ("The Ghana-Togo Joint Commission met in Lomé from 3 to 5 June, and the two ministers "
     "signed four agreements.", "2024-06-03"),
    # one day only: nothing to move
    ("The Ghana-Togo Joint Commission met in Lomé on 4 June and closed with the signing "
     "of four agreements.", "2024-06-04"),
])
def test_other_signings_keep_their_day(ex, text, day):
    got = ex(text, issuer="GHA", date="2024")
    assert [g[3] for g in got if g[0] == "agreement"] == [day]
