"""Consultations named as a standing habit of two sides ("glad of the regular
consultations the two ministries hold", "noted their periodic political dialogue")
are praised, not held: no round is reported; a round held in the habit ("held the
regular consultations in Luanda") still is one (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "issuer"), [
    ("The ministers of Namibia and Angola welcomed the regular consultations between "
     "their ministries on 4 May.", "NAM"),
    ("On 12 March the two ministers noted the periodic consultations between Finland "
     "and Estonia.", "FIN"),
    ("Both sides were satisfied with their frequent political consultations, the "
     "Moroccan and Senegalese ministers said on 9 October.", "MAR"),
    ("On 2 July Minister Ortiz praised the ongoing consultations between Uruguay and "
     "Argentina on river management.", "URY"),
])
def test_a_habit_praised_is_no_round(ex, text, issuer):
    assert ex(text, issuer=issuer, types=["consultation"]) == []


@pytest.mark.parametrize("text", [
    "On 4 May Namibia and Angola held the regular political consultations in Luanda.",
    "Namibia and Angola held regular political consultations in Luanda on 4 May.",
])
def test_a_round_held_in_the_habit_stays(ex, text):
    assert ex(text, issuer="NAM", types=["consultation"]) == [
        ("consultation", ("NAM",), ("AGO",), "2023-05-04")]
