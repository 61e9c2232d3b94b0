"""A company's chief executive as the one person met ("discussions were held with Mr A,
Chief Executive Officer, on tourism", "held talks with its CEO, Ms B", "also met Mr C,
Chief Executive Officer, about investment") is a firm's head, no side of a diplomatic
meeting, as businessmen and investors met are not (see _private_met.py). The chief
executive of a named body ("CEO of the Japan International Cooperation Agency"), or one
of a list that names an official, keeps the meeting (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_FIRST = "The Vice Minister met the Foreign Minister of Japan in Tokyo on 4 April. "


def _meetings(text: str, issuer: str = "PER") -> int:
    return len(records(text, issuer, {"meeting"}, date="2023"))


@pytest.mark.parametrize("issuer, text", [
    ("SYC", "The Minister was received on 23 November 2023 by the Minister for External "
            "Affairs of India in New Delhi. The delegation also toured a catering college "
            "where discussions were held with Mr. Ravi Kumar, Chief Executive Officer, on "
            "training chefs."),
    ("GHA", "The Minister held talks with the Foreign Minister of Kenya in Nairobi on 3 May. "
            "She later toured a tea factory and held talks with its CEO, Ms Jane Wanjiru."),
    ("PER", _FIRST + "He also met Mr Taro Yamada, Chief Executive Officer, about investment "
            "in mining."),
    ("PER", _FIRST + "Later, talks were held with Ms Hana Sato, the Chief Executive, on "
            "copper exports."),
])
def test_the_chief_executive_met_alone_is_no_meeting(issuer: str, text: str) -> None:
    assert _meetings(text, issuer) == 1


@pytest.mark.parametrize("text", [
    _FIRST + "He also met Mr Taro Yamada, CEO of the Japan International Cooperation Agency.",
    _FIRST + "He also met Mr Taro Yamada, CEO, and the Minister of Economy of Japan.",
    _FIRST + "He also met the Minister of Economy of Japan, Mr Taro Yamada, on investment.",
])
def test_near_misses_keep_the_meeting(text: str) -> None:
    assert _meetings(text) == 2
