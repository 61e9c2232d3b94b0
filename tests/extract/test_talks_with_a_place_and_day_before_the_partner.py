"""Talks named with their place and day before the partners ("Our talks in Suva today
with Prime Minister A and the Australian High Commissioner ...", "talks at the Ministry
on Monday with ...") are meetings with each side named, as "talks with" is
(texts of our own)."""

from __future__ import annotations

import pytest

HEAD = "Minister ends Pacific visit\n\nMonday, 14 October 2024\n\n"


@pytest.mark.parametrize("sentence, partners", [
    ("“Our talks in Suva today with Fijian Prime Minister Sitiveni Lala and the Australian High "
     "Commissioner strengthened our ties,” the Minister said.", {("FJI",), ("AUS",)}),
    ("The Minister's talks at the Foreign Ministry on Monday with the Foreign Minister of "
     "Chile covered trade.", {("CHL",)}),
    ("Her talks in Nuku'alofa yesterday with the Prime Minister of Tonga focused on climate "
     "finance.", {("TON",)}),
    ("The talks in Apia, Samoa, with the Samoan Deputy Prime Minister were productive.",
     {("WSM",)}),
])
def test_talks_with_a_place_between_are_meetings(ex, sentence, partners):
    met = ex(HEAD + sentence, issuer="NZL", date="2024", types={"meeting"})
    assert {m[2] for m in met} == partners


@pytest.mark.parametrize("sentence", [
    # no one met: talks in a place about a subject, or with no partner after them
    "The talks in Suva today focused on climate finance.",
    "Peace talks in Geneva with no end in sight worry the region.",
    "The Minister welcomed the talks in Doha between the parties to the conflict.",
])
def test_talks_in_a_place_with_no_counterpart_are_no_meeting(ex, sentence):
    assert ex(HEAD + sentence, issuer="NZL", date="2024", types={"meeting"}) == []
