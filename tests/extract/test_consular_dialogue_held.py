"""A standing consular dialogue told as held is a round of consultations, as a political
or security dialogue is ("the last bilateral consular dialogue, held on 4 June in
Lima", "Austria and Chile held their annual consular dialogue"); a participle after a
comma with the day put month first ("..., held June 4, 2024 in Lima") tells it held
too. A consular dialogue as a topic or a wish is none (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Vienna, 12 March 2025\n\n"
_LEAD = "Austrian and Peruvian consuls met today in Vienna. "


def _consultations(text: str) -> list[tuple]:
    return records(_HEAD + _LEAD + text, "AUT", {"consultation"})


@pytest.mark.parametrize("text, day", [
    ("They followed up on the last bilateral consular dialogue, held on 4 June 2024 in Lima.",
     "2024-06-04"),
    ("They reviewed what was agreed at the annual consular dialogue with Peru, held June 4, "
     "2024 in Lima.", "2024-06-04"),
    ("They took stock of the second bilateral consular dialogue, held in Lima on 4 June "
     "2024.", "2024-06-04"),
    ("Austria and Peru held their annual consular dialogue today.", "2025-03-12"),
    ("The first consular dialogue between Austria and Peru took place in Lima on 4 June 2024.",
     "2024-06-04"),
])
def test_the_consular_dialogue_held_is_a_round(text: str, day: str) -> None:
    assert _consultations(text) == [("consultation", ("AUT",), ("PER",), day)]


@pytest.mark.parametrize("text", [
    "They agreed that a regular consular dialogue would serve both countries well.",
    "The consuls called for a closer consular dialogue between the two networks.",
])
def test_a_dialogue_as_topic_is_no_round(text: str) -> None:
    assert _consultations(text) == []
