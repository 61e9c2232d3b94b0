"""A talk told by a verb of going through a subject with someone ("reviewed bilateral
ties with the Foreign Minister of Thailand", "explored new areas of cooperation with
the Ambassador of Chile", "went over the agenda with her Japanese counterpart") is a
meeting, as "discussed ... with" is. The "with" of an event named inside the topic
("discussed the outcome of Monday's talks with President B") is that event's, not a
second talk of the day (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text, partner", [
    ("The Minister reviewed bilateral ties with the Foreign Minister of Thailand on "
     "25 July.", "THA"),
    ("On 25 July the Minister reviewed relations with her Kenyan counterpart.", "KEN"),
    ("The Minister explored new areas of cooperation with the Ambassador of Chile, "
     "Mr Pedro Soto, on 25 July.", "CHL"),
    ("The Deputy Minister examined the state of trade with the Ambassador of Peru on "
     "25 July.", "PER"),
    ("The Minister went over the summit agenda with her Japanese counterpart on "
     "25 July.", "JPN"),
])
def test_a_subject_gone_through_with_someone_is_a_meeting(text: str, partner: str) -> None:
    assert records(text, "IDN", CORE, date="2024-07-26") == [
        event("meeting", "IDN", partner, "2024-07-25")]


@pytest.mark.parametrize("text", [
    "The presidents discussed the outcome of Monday's talks with President Ana Ruiz of "
    "Chile.",
    "The presidents went over the results of Monday's meeting with the President of "
    "Chile.",
    "The ministers reviewed the results of the talks with the President of Chile on "
    "Monday.",
])
def test_a_talk_named_in_the_topic_keeps_its_with(text: str) -> None:
    assert records(text, "IDN", CORE, date="2024-07-24") == [
        event("meeting", "IDN", "CHL", "2024-07-22")]


def test_with_in_a_phrase_of_instructions_is_no_partner() -> None:
    text = "The ministry reviewed the draft in line with the Minister's instructions."
    assert records(text, "IDN", CORE, date="2024-07-26") == []
