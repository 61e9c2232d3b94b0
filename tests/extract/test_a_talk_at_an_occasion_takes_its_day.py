"""A talk whose verb opens a topic, held at an occasion named after it ("discussed
trade with her Thai counterpart on the sidelines of the ASEAN meeting in Vientiane on
25 July"), takes the day told after the occasion: the event after "on the sidelines
of", "at" or "during" is where the talk was held, not what it was about. An event named
as the topic keeps its own day ("discussed the preparations for the summit to be held
in Madrid on 29 June": that is the summit's day) (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text", [
    "Foreign Minister Marsudi discussed cooperation with her Thai counterpart on the "
    "sidelines of the ASEAN meeting in Vientiane on 25 July.",
    "Jakarta (ANTARA) - The Foreign Minister discussed fisheries with her Thai colleague on "
    "the margins of the regional summit in Vientiane, Laos, on Thursday (July 25).",
    "The Minister reviewed bilateral ties with the Foreign Minister of Thailand at the "
    "annual ministerial meeting in Vientiane on 25 July.",
    "On 25 July the Minister talked with the Thai Foreign Minister about trade during the "
    "ASEAN conference in Vientiane.",
    "The Minister discussed border trade with the Foreign Minister of Thailand during the "
    "East Asia Summit session in Vientiane on 25 July.",
])
def test_a_talk_at_a_named_occasion_takes_the_day_after_it(text: str) -> None:
    assert records(text, "IDN", CORE, date="2024-07-26") == [
        event("meeting", "IDN", "THA", "2024-07-25")]


def test_an_event_named_as_the_topic_keeps_its_own_day() -> None:
    text = ("The Minister discussed with the Ambassador of Spain the preparations for the "
            "summit to be held in Madrid on 29 June.")
    assert records(text, "IDN", CORE, date="2024-05-10") == [
        event("meeting", "IDN", "ESP", "2024-05-10")]
