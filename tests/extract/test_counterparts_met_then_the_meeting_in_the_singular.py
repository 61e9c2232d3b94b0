"""Counterparts of several countries met in one phrase, then told as one meeting in
the singular ("met with the foreign ministers of Chile, Peru and Colombia. During the
meeting, she informed her partners ..."): one meeting with all of them, not one each;
a lead that named the same counterparts before is that same meeting. Told apart
("During the meetings", "separately") they stay one meeting each (sentences of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Vienna, 12 March 2025\n\n"
_JOINT = [("meeting", ("AUT",), ("CHL", "COL", "PER"), "2025-03-12")]


def _meetings(text: str) -> list[tuple]:
    return [(k, f, tuple(sorted(t)), d)
            for k, f, t, d in records(_HEAD + text, "AUT", {"meeting"})]


@pytest.mark.parametrize("text", [
    "On Wednesday morning, Foreign Minister Lena Hof met with the foreign ministers of "
    "Chile, Peru and Colombia – Ana Soto, Luis Vega and Rosa Mora. During the meeting, "
    "she briefed her partners on the Vienna talks.",
    "Foreign Minister Lena Hof today held talks with her counterparts from Peru, Chile "
    "and Colombia. At the meeting, the ministers agreed to keep in close touch.",
    "Foreign Minister Lena Hof has met her Colombian, Chilean and Peruvian colleagues. "
    "In the course of the meeting, the four ministers reviewed the trade talks.",
    "Foreign Minister Lena Hof has met with her counterparts from Colombia, Peru and "
    "Chile.\n\nOn Wednesday morning, Hof met with the foreign ministers of Chile, Peru and "
    "Colombia – Ana Soto, Luis Vega and Rosa Mora.\n\nDuring the meeting, Hof informed her "
    "partners about the negotiations.",
])
def test_one_meeting_of_all(text: str) -> None:
    assert _meetings(text) == _JOINT


@pytest.mark.parametrize("text", [
    "Foreign Minister Lena Hof met with the foreign ministers of Chile, Peru and Colombia. "
    "During the meetings, she briefed her partners on the Vienna talks.",
    "Foreign Minister Lena Hof separately met with the foreign ministers of Chile, Peru "
    "and Colombia. During the meeting with Ana Soto, she raised trade.",
])
def test_meetings_told_apart_stay_apart(text: str) -> None:
    assert _meetings(text) == [("meeting", ("AUT",), (c,), "2025-03-12")
                               for c in ("CHL", "COL", "PER")]
