"""Talks or a meeting "between" the ministers of three or four sides, the issuer among
them anywhere in the list ("Talks between the foreign ministers of A, B and <issuer>
took place in Geneva"): one meeting of the issuer with the others (a trilateral
format), not the others' meeting nor one with each. A meeting between two others, or
consultations between the issuer and a list of partners (one round each), stay as they
were (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Talks between the foreign ministers of Czechia, Slovakia and the United Kingdom took "
    "place in Geneva on 3 March.",
    "Talks between the foreign ministers of the United Kingdom, Czechia and Slovakia took "
    "place in Geneva on 3 March.",
    "A meeting between the foreign ministers of Czechia, Slovakia and Britain was held in "
    "Geneva on 3 March.",
    "On 3 March, a trilateral meeting between the United Kingdom, Czechia and Slovakia was "
    "held at the level of deputy ministers.",
    "On 3 March the Minister attended a meeting between the ministers of Slovakia, the "
    "United Kingdom and Czechia in Geneva.",
])
def test_one_trilateral_of_ours(ex, text):
    got = ex(text, issuer="GBR", date="2023-03-05", types=["meeting"])
    assert [(t, f, tuple(sorted(to)), d) for t, f, to, d in got] == [
        ("meeting", ("GBR",), ("CZE", "SVK"), "2023-03-03")]


def test_a_meeting_between_two_others_stays_theirs(ex):
    text = ("The Minister welcomed the meeting between the leaders of Czechia and Slovakia "
            "on 3 March.")
    assert ex(text, issuer="GBR", date="2023-03-05", types=["meeting"]) == [
        ("meeting", ("CZE",), ("SVK",), "2023-03-03")]
