"""A year run into a capital acronym ("at MSC2023", "during EXPO2020") is part of an
event's name, not the date of what the sentence tells; a year set apart is still one
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_MEET = frozenset({"meeting"})


@pytest.mark.parametrize("text", [
    "The Secretary met with the Finnish Foreign Minister at MSC2023 in Munich.",
    "On the sidelines of MSC2023, the Secretary met the Finnish Foreign Minister.",
    "The Secretary met the Finnish Foreign Minister at the EXPO2020 pavilion.",
    "The Secretary met the Finnish Foreign Minister during RAISINA2023 in New Delhi.",
])
def test_acronym_year_is_no_date(text: str) -> None:
    got = records(text, "PHL", _MEET, date="2023-02-18")
    assert [r[3] for r in got] == ["2023-02-18"], got


def test_a_year_set_apart_is_a_date() -> None:
    # near miss: "in 2021" dates the meeting
    got = records("The Secretary met the Finnish Foreign Minister in Munich in 2021.", "PHL",
                  _MEET, date="2023-02-18")
    assert [r[3] for r in got] == ["2021"], got
