"""Countries visited and then someone of another country met in the same clause
("visited Kenya and Ghana and met the Japanese Prime Minister in Osaka"): the
meeting is with that side only, not with the countries of the journey; with no
other side named, the hosts are the ones met (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "In May, the President visited Kenya and Ghana and met with Japanese Prime Minister "
    "Kato in the Japanese city of Osaka.",
    "In May, the President visited Kenya and Ghana and held talks with the Prime Minister "
    "of Japan.",
    "In May, the President toured Kenya and Ghana and then met the Japanese Prime "
    "Minister.",
    "In May, the President visited Kenya and Ghana, and also had a meeting with Prime "
    "Minister Kato of Japan.",
])
def test_the_meeting_is_with_the_side_named_after_met(ex, text):
    assert ex(text, issuer="CHN", date="2023-08-12", types=["visit", "meeting"]) == [
        ("meeting", ("CHN",), ("JPN",), "2023-05"), ("visit", ("CHN",), ("GHA",), "2023-05"),
        ("visit", ("CHN",), ("KEN",), "2023-05")]


def test_the_hosts_met_when_no_other_side_is_named(ex):
    text = "In May, the President visited Kenya and Ghana and met with their presidents."
    assert ex(text, issuer="CHN", date="2023-08-12", types=["visit", "meeting"]) == [
        ("meeting", ("CHN",), ("GHA",), "2023-05"), ("meeting", ("CHN",), ("KEN",), "2023-05"),
        ("visit", ("CHN",), ("GHA",), "2023-05"), ("visit", ("CHN",), ("KEN",), "2023-05")]
