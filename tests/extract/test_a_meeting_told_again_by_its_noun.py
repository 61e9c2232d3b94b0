"""A readout's meeting told again by its noun alone ("Discussions between the two
Ministers centred on ...", "The talks covered ..."), naming nobody and with no verb
of meeting anyone, is the meeting told before: one event, one record; a sentence
that names an official or meets someone is not merged (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = ("Victoria, 24 November 2023\n\nThe Minister for Foreign Affairs was received on "
         "Thursday 23 November 2023 by the Minister of External Affairs of India, Dr "
         "Subrahmanyam Jaishankar, in New Delhi.\n\n")


@pytest.mark.parametrize("again", [
    "Discussions between the two Ministers centred on trade, health and maritime links "
    "between Seychelles and India.",
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


_GENEVA = ("Geneva, 28 November 2018 - The Federal Councillor met the Russian Foreign Minister "
           "in Geneva today. ")


@pytest.mark.parametrize("again", [
    "This was the first long bilateral meeting of the two, who had only met in passing "
    "before.",
    "It was their first meeting since the two ministers met in Moscow in 2016.",
    "It was the first visit of a Russian foreign minister to Geneva in years, and his third "
    "meeting with the Federal Councillor.",
])
def test_a_meeting_described_after_it_was_told_is_one_meeting(ex, again):
    got = ex(_GENEVA + again, issuer="CHE", date="2018-11-28", types=["meeting"])
    assert got == [("meeting", ("CHE",), ("RUS",), "2018-11-28")]


def test_a_new_official_met_after_the_description_is_a_second_meeting(ex):
    text = _GENEVA + ("It was the first meeting of the two ministers; later the Federal "
                      "Councillor met the President of Russia, Vladimir Putin.")
    assert len(ex(text, issuer="CHE", date="2018-11-28", types=["meeting"])) == 2
