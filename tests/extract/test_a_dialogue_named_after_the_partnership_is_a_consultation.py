"""A standing dialogue named after the partnership it serves ("the 4th Chile-Korea
strategic partnership dialogue", "the Strategic Partnership Dialogue between A and B")
is a session of the two ministries' consultations, like a bare "strategic dialogue"
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Santiago, 12 March 2025\n\n"


def _consultations(text: str) -> list[tuple]:
    return records(_HEAD + text, "CHL", {"consultation"})


@pytest.mark.parametrize("text", [
    "Vice Minister Rosa Pinto co-chaired the 4th Chile-Korea strategic partnership dialogue "
    "in Seoul on 11 March.",
    "On 11 March, Vice Minister Rosa Pinto and her Korean counterpart held the fourth "
    "strategic partnership dialogue between Chile and Korea.",
    "The fourth Chile-Korea Strategic Partnership Dialogue took place in Seoul on 11 March, "
    "chaired by Vice Minister Rosa Pinto.",
    "Vice Minister Rosa Pinto travelled to Seoul, where on 11 March she co-chaired the "
    "Strategic Partnership Dialogue with Korea and met her counterpart.",
    "Vice Minister Rosa Pinto co-chaired the 4th Chile-Korea strategic partnership dialogue "
    "and held talks with her Korean counterpart Kim Dae-ho on 11 March.",
])
def test_the_partnership_dialogue_is_a_consultation(text: str) -> None:
    assert _consultations(text) == [("consultation", ("CHL",), ("KOR",), "2025-03-11")]


def test_a_partnership_praised_is_no_dialogue() -> None:
    text = ("Vice Minister Rosa Pinto praised the strategic partnership between Chile and "
            "Korea on 11 March.")
    assert _consultations(text) == []
