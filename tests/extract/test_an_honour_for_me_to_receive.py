"""A review's first person proud of its guests, the courtesy before the verb and the place
before the guests ("It was a great honour for me to receive in Lisbon the Secretary of
State of the United States", "I was pleased to welcome to Tokyo the Presidents of Kenya
and Ghana"): a meeting with each guest (a visit too where they were welcomed to our
city); the same courtesy looking ahead is no event (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Review of 2022\n\n"


@pytest.mark.parametrize("text", [
    "It was an honour for me to receive in Tokyo the Presidents of Kenya and Ghana.",
    "It was a great honour for me to receive the Presidents of Kenya and Ghana.",
    "It was a real pleasure for us to host in Osaka the Presidents of Kenya and Ghana.",
    "I was delighted to receive in Tokyo the Presidents of Kenya and Ghana.",
])
def test_a_meeting_with_each_guest(text: str) -> None:
    assert records(_HEAD + text, "JPN", {"meeting"}, date="2022") == [
        ("meeting", ("JPN",), ("GHA",), "2022"), ("meeting", ("JPN",), ("KEN",), "2022")]


@pytest.mark.parametrize("text", [
    "Next year I will be pleased to welcome to Tokyo the Presidents of Kenya and Ghana.",
    "We look forward to receiving in Tokyo the Presidents of Kenya and Ghana.",
])
def test_the_courtesy_ahead_is_no_event(text: str) -> None:
    assert records(_HEAD + text, "JPN", {"meeting", "visit"}, date="2022") == []
