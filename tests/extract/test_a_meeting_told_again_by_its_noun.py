"""A readout's meeting told again by its noun alone ("Discussions between the two
Ministers focused on ...", "The talks covered ..."), naming nobody and with no verb
of meeting anyone, is the meeting told before: one event, one record; a sentence
that names an official or meets someone is not merged (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = ("Victoria, 24 November 2023\n\nThe Minister for Foreign Affairs was received on "
         "Thursday 23 November 2023 by the Minister of External Affairs of India, Dr "
         "Subrahmanyam Jaishankar, in New Delhi.\n\n")


@pytest.mark.parametrize("again", [
    "Discussions between the two Ministers focused on the further strengthening of the "
    "bilateral relations between Seychelles and India.",
    "Exchanges between the two Ministers covered maritime security between Seychelles and "
    "India.",
    "Talks between the two sides focused on trade between Seychelles and India.",
])
def test_a_meeting_told_again_by_its_noun_is_one_meeting(ex, again):
    got = ex(_LEAD + again, issuer="SYC", date="2023-11-24", types=["meeting"])
    assert got == [("meeting", ("SYC",), ("IND",), "2023-11-23")]


@pytest.mark.parametrize("again", [
    "The Minister also met the Prime Minister of India, Narendra Modi, on the same day.",
    "The Minister also called on the Prime Minister of India, Narendra Modi.",
    "Later, a meeting with the Speaker of the Lok Sabha of India, Om Birla, took place.",
])
def test_a_second_meeting_with_an_official_named_stays(ex, again):
    got = ex(_LEAD + again, issuer="SYC", date="2023-11-24", types=["meeting"])
    assert len(got) == 2
