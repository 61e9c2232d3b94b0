"""Talks named by the two sides' adjectives joined ("Kazakh-Hungarian talks") and told
as held are a meeting with the other side; named as a topic, a hope or a plan they are
none. (Two other countries' pair, with the issuer in neither, is a known limit: the
issuer is still taken as one side.)"""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str = "KAZ") -> list[tuple[str, ...]]:
    res = extract_text(text, issuer=issuer, date="2024-05-14")
    return [(*r.from_, *r.to, r.date.start) for r in res.records if r.type == "meeting"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kazakh-Hungarian talks took place in Budapest on 13 May.",
     [("KAZ", "HUN", "2024-05-13")]),
    ("Kazakh-Hungarian talks at the level of foreign ministers took place in Budapest.",
     [("KAZ", "HUN", "2024-05-14")]),
    ("Kazakh-Mongolian negotiations were held in Ulaanbaatar on 13 May.",
     [("KAZ", "MNG", "2024-05-13")]),
    ("Kazakh-Uzbek talks at the highest level were held in Tashkent on Monday.",
     [("KAZ", "UZB", "2024-05-13")]),
    ("The Kazakh-Chinese talks in an expanded format took place in Beijing.",
     [("KAZ", "CHN", "2024-05-14")]),
    ("Hungarian-Kazakh high-level talks took place on 13 May in Astana.",
     [("KAZ", "HUN", "2024-05-13")]),
])
def test_talks_of_a_pair_told_as_held_are_a_meeting(
        text: str, expected: list[tuple[str, ...]]) -> None:
    assert _meetings(text) == expected


@pytest.mark.parametrize("text", [
    "The Minister discussed the Syrian talks in Geneva.",
    "The Minister welcomed the resumption of Kazakh-Hungarian talks on aviation.",
    "Kazakh-Hungarian talks on aviation will take place in Budapest next month.",
])
def test_talks_of_a_pair_as_topic_or_plan_are_no_meeting(text: str) -> None:
    assert _meetings(text) == []
