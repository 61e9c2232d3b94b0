"""Three constructions of year-end reviews (sentences of our own):

- standing bodies with partners listed as the subject of a bare "met" ("The joint
  commissions with Russia, China and Uzbekistan met in March") are the bodies' sessions,
  no meeting of the partners listed; co-chairs who "met the Minister" still met him;
- two countries' adjectives joined before a dialogue or a meeting ("The Kazakh-German
  strategic dialogue was held in Berlin") name its sides, as before talks or
  consultations;
- a total told in the past simple ("In total, 86 treaties were signed, including with A")
  is the year's, its examples records; one told in the perfect ("have been signed ...
  since independence") stays a running total."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_CORE = {"visit", "meeting", "call", "consultation", "commission", "agreement"}


@pytest.mark.parametrize("text", [
    "The joint commissions with Russia, China and Uzbekistan met in March.",
    "In March, the joint commissions with Russia, China and Uzbekistan met.",
    "The intergovernmental committees with Russia, China and Uzbekistan convened in Astana "
    "in March.",
    "Our intergovernmental commissions with Russia, China and Uzbekistan met in March.",
])
def test_bodies_that_met_are_their_sessions(text: str) -> None:
    got = records(text, "KAZ", _CORE, date="2023")
    assert [r for r in got if r[0] == "meeting"] == []
    assert sorted(r[2] for r in got if r[0] == "commission") == [("CHN",), ("RUS",), ("UZB",)]


def test_co_chairs_of_the_bodies_still_met_the_minister() -> None:
    got = records("The co-chairs of the commissions with Russia and China met the Minister "
                  "in March.", "KAZ", {"meeting"}, date="2023")
    assert got == [("meeting", ("KAZ",), ("CHN",), "2023-03"),
                   ("meeting", ("KAZ",), ("RUS",), "2023-03")]


@pytest.mark.parametrize("text, side", [
    ("The Kazakh-German strategic dialogue was held in Berlin in November.", "DEU"),
    ("The German-Kazakh strategic dialogue resumed in November.", "DEU"),
    ("The Kazakh-Japanese strategic dialogue took place in Tokyo in November.", "JPN"),
    ("The Kazakh-Korean policy dialogue was held in Seoul in November.", "KOR"),
])
def test_paired_adjectives_before_a_dialogue_name_its_sides(text: str, side: str) -> None:
    assert records(text, "KAZ", {"consultation"}, date="2023") == [
        ("consultation", ("KAZ",), (side,), "2023-11")]


@pytest.mark.parametrize("text", [
    "In total, 86 treaties were signed, including with Russia and China.",
    "Altogether 30 documents were signed, including with Russia and China.",
    "In total, more than 40 agreements were concluded, among them with Russia and China.",
    "Altogether, the Minister signed 12 agreements, including with Russia and China.",
])
def test_a_years_total_in_the_past_simple_gives_its_examples(text: str) -> None:
    assert records(text, "KAZ", {"agreement"}, date="2023") == [
        ("agreement", ("KAZ",), ("CHN",), "2023"), ("agreement", ("KAZ",), ("RUS",), "2023")]


@pytest.mark.parametrize("text", [
    "In total, 86 treaties have been signed with Russia since independence.",
    "Altogether, 40 agreements have been concluded with China so far.",
])
def test_a_running_total_in_the_perfect_stays_none(text: str) -> None:
    assert records(text, "KAZ", {"agreement"}, date="2023") == []
