"""Talks named as a noun with a day or place of their own ("During talks in Jakarta on
10 March, he and the Indonesian President agreed ...", "After talks on 9 May, ...",
"On 9 May, after the official talks, ...") are a meeting with the partner of the
occasion told, on that day, in a year's review too (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_REVIEW = "Review of the year 2024\n\nIn the year under review the Ministry was active.\n\n"


def _meetings(text: str, issuer: str = "VNM") -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(r.to), r.date.start)
            for r in extract_text(_REVIEW + text, issuer=issuer, date="2024").records
            if r.type == "meeting"]


@pytest.mark.parametrize("sentence", [
    "During talks in Jakarta on 10 March, he and the Indonesian President agreed to upgrade "
    "the relationship.",
    "During talks on 10 March, the two Presidents agreed to upgrade the relationship.",
    "On 10 March, after the official talks, the two leaders witnessed the signing of five "
    "memoranda.",
    "Following talks in Jakarta on 10 March, the two sides issued a joint statement.",
])
def test_talks_with_their_own_day_are_a_meeting(sentence):
    text = "The President paid a state visit to Indonesia from 9 to 11 March. " + sentence
    assert _meetings(text) == [(("IDN",), "2024-03-10")]


@pytest.mark.parametrize("sentence", [
    # the talks told before, named again: one meeting
    "During the talks, the two ministers agreed to upgrade the relationship.",
    # talks to come
    "Talks in Jakarta on 20 March will prepare the summit.",
])
def test_talks_named_again_or_to_come_add_no_meeting(sentence):
    text = ("The Foreign Minister held talks with the Indonesian Foreign Minister in Jakarta "
            "on 10 March. " + sentence)
    assert _meetings(text) == [(("IDN",), "2024-03-10")]
