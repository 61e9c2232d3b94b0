"""The senior officials' meeting of two countries, named after the two ("the A-B Senior
Officials' Meeting was held") or with the two after it ("the Senior Officials Meeting
of A and B took place"), is a meeting with the other; an organisation's senior
officials' meeting or officials told to meet are none."""

from __future__ import annotations

import pytest

from .probe_support import CORE, dated_core


def _core(issuer: str, text: str) -> list[tuple]:
    return dated_core(issuer, text, CORE)


@pytest.mark.parametrize("text", [
    "The 2nd Peru-Vietnam Senior Officials' Meeting was held in Lima on 11 March.",
    "The Peru-Vietnam Senior Officials Meeting took place in Lima on 11 March.",
    "The Senior Officials Meeting of Peru and Vietnam took place in Lima on 11 March to "
    "prepare the Joint Commission.",
    "On 11 March, the Senior Officials' Meeting between Peru and Vietnam was held in Lima.",
    "The Vietnam–Peru Senior Officials Meeting was co-chaired in Lima on 11 March by the "
    "two directors-general.",
])
def test_a_senior_officials_meeting_of_two_is_a_meeting(text):
    assert _core("PER", text) == [("meeting", ("PER",), ("VNM",), "2025-03-11")]


@pytest.mark.parametrize("text", [
    "The ministers instructed their senior officials to meet before the Joint Commission.",
    "The Peru-Vietnam Senior Officials' Meeting will take place in Lima in June.",
])
def test_officials_told_to_meet_or_a_planned_meeting_is_none(text):
    assert _core("PER", text) == []


def test_an_organisations_senior_officials_meeting_is_no_bilateral_meeting():
    assert _core("PER", "The Deputy Minister attended the ASEAN Senior Officials' Meeting "
                        "in Jakarta on 11 March.") == []
