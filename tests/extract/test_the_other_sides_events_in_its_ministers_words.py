"""The other side's own events told in what its minister said ("the Israeli minister said
that he had held talks with the Foreign Minister of Greece", "the Latvian minister added
that she had spoken by phone with her Ukrainian colleague", "the Cambodian minister said
his country had signed an agreement with Laos"): that side's events with the third
country, not ours; our own minister's words, and the speaker's words about the meeting
with us, are left as they were (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Valletta, 16 May 2023\n\nThe Minister met the Foreign Minister of Israel. "
_CORE = {"meeting", "call", "agreement"}


@pytest.mark.parametrize("said, third", [
    ("The Israeli minister said that he had held talks with the Foreign Minister of Greece "
     "in Athens on Monday.", ("meeting", "GRC")),
    ("Speaking to the press, the Israeli minister noted he had met the Foreign Minister of "
     "Cyprus on Monday.", ("meeting", "CYP")),
    ("The Israeli Foreign Minister added that on Monday he had spoken by phone with his "
     "Egyptian counterpart.", ("call", "EGY")),
    ("The Israeli minister said his country had signed an agreement with Bahrain on "
     "Monday.", ("agreement", "BHR")),
    ("The minister of Israel told reporters that earlier in the day he had met the Foreign "
     "Minister of Jordan.", ("meeting", "JOR")),
])
def test_the_speakers_event_is_his_sides(said: str, third: tuple) -> None:
    got = records(_HEAD + said, "MLT", _CORE, date="2023-05-16")
    assert ("meeting", ("MLT",), ("ISR",), "2023-05-16") in got
    theirs = [r for r in got if r[2] == (third[1],)]
    assert [r[:3] for r in theirs] == [(third[0], ("ISR",), (third[1],))]


def test_our_ministers_words_stay_ours() -> None:
    got = records(_HEAD + "The Minister said that she had met the Foreign Minister of Greece "
                  "on Monday.", "MLT", _CORE, date="2023-05-16")
    assert ("meeting", ("MLT",), ("GRC",), "2023-05-15") in got


def test_the_speakers_words_about_the_meeting_with_us_stay_that_meeting() -> None:
    got = records(_HEAD + "The Israeli minister said that he had held fruitful talks with "
                  "the Minister.", "MLT", _CORE, date="2023-05-16")
    assert got == [("meeting", ("MLT",), ("ISR",), "2023-05-16")]
