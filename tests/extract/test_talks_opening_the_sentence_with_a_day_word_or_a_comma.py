"""Talks named at the head of a sentence, the day a word of their own or a comma right
after them: "During official talks today, A and B agreed ...", "In bilateral talks,
the two ministers reviewed ...", "Following talks yesterday, ..." are a meeting of the
guest with us, as "During talks on 4 May, ..." already was. Talks named inside a
clause ("He noted that in official talks, parties should ...") stay none (sentences of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_LEAD = "Foreign Minister Kofi Mensah of Ghana paid a visit to Kenya. "


def _meetings(text: str) -> list[tuple]:
    return records(_LEAD + text, "KEN", {"meeting"}, date="2019")


@pytest.mark.parametrize("text", [
    "During official talks today, Ms. Juma and Mr. Mensah also agreed to fight piracy.",
    "During talks today, Juma and Mensah agreed to open a joint commission.",
    "During official talks, the two ministers agreed to open a joint commission.",
    "In bilateral talks yesterday, Juma and Mensah reviewed trade and investment.",
    "Following talks this morning, Juma and Mensah agreed to meet again in Accra.",
])
def test_talks_heading_the_sentence_are_a_meeting(text: str) -> None:
    assert _meetings(text) == [("meeting", ("KEN",), ("GHA",), "2019")]


@pytest.mark.parametrize("text", [
    # talks named inside a clause, not opening the sentence: a saying, no meeting
    "He noted that in official talks, parties should respect each other.",
    "He recalled that in bilateral talks, candour is a virtue.",
])
def test_talks_inside_a_clause_stay_none(text: str) -> None:
    assert _meetings(text) == []
