"""A guest received with the day told between the auxiliary and the verb ("was on
4 May 2023 received by", "was on October 12, 2021 received by") is met on that
day, as with the day after the verb (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Minister of Foreign Affairs, Ana Silva, was on 4 May 2023 received by the Greek "
    "Minister of Foreign Affairs Nikos Dendias.",
    "The Minister of Foreign Affairs, Ana Silva was on May 4, 2023 received by the Greek "
    "Minister of Foreign Affairs.",
    "Our Foreign Minister was on Thursday received by the Greek Prime Minister.",
    "The Minister was received on 4 May 2023 by the Greek Minister of Foreign Affairs.",
])
def test_a_day_between_was_and_received(ex, text):
    got = ex(text, issuer="PRT", date="2023-05-06", types=["meeting"])
    assert got == [("meeting", ("PRT",), ("GRC",), "2023-05-04")]


@pytest.mark.parametrize("text", [
    "The request was on 4 May 2023 received by the Greek embassy.",
    "The letter from Athens was on Thursday received by the Ministry.",
])
def test_a_thing_received_on_a_day_is_no_meeting(ex, text):
    assert ex(text, issuer="PRT", date="2023-05-06", types=["meeting"]) == []
