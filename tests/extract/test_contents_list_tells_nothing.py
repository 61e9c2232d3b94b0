"""A page's table of contents ("Table of Contents:", "Contents", "In this article:")
lists the headings of the sections below it, one a line or run together on one line
when the layout is flattened: its lines tell no event of their own, the sections do
(one meeting, not the contents' one besides). A line under such a label that is a
sentence, closed by its stop, is still read (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_BODY = ("Minister Hof meets with John Carter, US Assistant Secretary of State for Europe\n\n"
         "In New York, where the UN General Assembly opened its debate, Foreign Minister "
         "Lena Hof met with John Carter, US Assistant Secretary of State for Europe.\n\n"
         "Minister Hof congratulated Carter on his new post.\n")
_TITLE = "Minister Hof: Activities and meetings at the UN General Assembly\n\n"


def _meetings(text: str) -> list[tuple]:
    return records(text, "AUT", {"meeting"}, date="2024")


@pytest.mark.parametrize("contents", [
    "Table of Contents:\nMinister Hof meets with John Carter, US Assistant Secretary of "
    "State for EuropeMinister Hof's address to the Security Council on peacekeepingHigh-"
    "level meeting of Central European leaders with the EU High Representative\n\n",
    "Contents\n\nThe Minister's address to the Security CouncilMinister Hof meets with "
    "John Carter, US Assistant Secretary of State for EuropeWorking dinner of Central "
    "European ministers with the EU High Representative\n\n",
    "In this article:\nMinister Hof meets with John Carter, US Assistant Secretary of "
    "State for EuropeSpeech at the Security CouncilTalks of the Visegrad ministers with "
    "the NATO Secretary General\n\n",
    "On this page\n\nMinister Hof holds talks with John Carter, US Assistant Secretary of "
    "State for EuropeThe Minister's address to the General AssemblyMeeting of Baltic and "
    "Nordic ministers with the UN Secretary-General\n\n",
])
def test_the_contents_tell_no_meeting_of_their_own(contents: str) -> None:
    assert _meetings(_TITLE + contents + _BODY) == [("meeting", ("AUT",), ("USA",), "2024")]


def test_a_sentence_under_the_label_is_still_read() -> None:
    text = (_TITLE + "In this article:\nForeign Minister Lena Hof met the Foreign Minister "
            "of Chile, Ana Soto, in New York.\n\n" + _BODY)
    assert _meetings(text) == [("meeting", ("AUT",), ("CHL",), "2024"),
                               ("meeting", ("AUT",), ("USA",), "2024")]
