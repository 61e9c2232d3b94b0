"""Partners listed after two meeting nouns of one sentence ("Bilateral meetings were
also held on the fringes of the Leaders' meetings with A, B and C") are met once
each; the first title after the second noun names none of them, so it makes no
second meeting. A trip told as going "ahead" ("went ahead to Apia") is a visit
(sentences of our own)."""

from __future__ import annotations

import pytest


def test_a_list_after_two_meeting_nouns_is_met_once(ex):
    text = ("Port Vila, 27 August 2024 - Bilateral meetings were also held on the fringes "
            "of the Leaders meetings with the Secretary-General of the United Nations, "
            "China, Japan and New Zealand.")
    got = ex(text, issuer="VUT", date="2024-08-27", types=["meeting"])
    assert sorted(g[2] for g in got) == [(), ("CHN",), ("JPN",), ("NZL",)]


def test_two_officials_each_told_with_a_verb_stay_two_meetings(ex):
    text = ("Port Vila, 27 August 2024 - The Minister called on the President of Fiji and "
            "held talks with the Foreign Minister of Fiji.")
    got = ex(text, issuer="VUT", date="2024-08-27", types=["meeting"])
    assert [g[2] for g in got] == [("FJI",), ("FJI",)]


@pytest.mark.parametrize("text", [
    "The Minister and officials of the Ministry went ahead to Apia, Samoa for the summit.",
    "The Foreign Minister travelled ahead to Apia to prepare the Prime Minister's visit.",
])
def test_a_trip_ahead_of_the_others_is_a_visit(ex, text):
    got = ex("Port Vila, 27 August 2024 - " + text, issuer="VUT", date="2024-08-27",
             types=["visit"])
    assert [g[2] for g in got] == [("WSM",)]
