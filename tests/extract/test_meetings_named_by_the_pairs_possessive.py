"""Meetings named by the possessive of the two who met: "Berg and his Swedish
counterpart Ulf Lind's two personal meetings gave guidance", "Prime Minister Berg and
Danish Prime Minister Lars Holm's talks": a meeting between the two sides. Not an
institution's meetings ("the Swedish Government's meetings with civil society") nor
meetings still ahead ("... Lars Holm's meetings will resume next year") (sentences of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _meetings(text: str) -> list[tuple]:
    return records(text, "NOR", {"meeting"}, date="2023")


@pytest.mark.parametrize("text, other", [
    ("The Minister said that Berg and his Swedish counterpart Ulf Lind's two personal "
     "meetings gave guidance to the relations.", "SWE"),
    ("Prime Minister Berg and Swedish President Ulf Lind's talks in Oslo were productive.",
     "SWE"),
    ("The Minister recalled that Berg and her Danish counterpart Lars Holm's three "
     "bilateral meetings this year had deepened ties.", "DNK"),
    ("Ms Berg and the Finnish Prime Minister Eero Aho's first meeting took place in "
     "Turku.", "FIN"),
    ("According to the review, Berg and Icelandic Foreign Minister Sigrun Olafs's "
     "in-person talks opened a new chapter.", "ISL"),
])
def test_the_pairs_meetings_are_a_meeting(text: str, other: str) -> None:
    assert _meetings(text) == [("meeting", ("NOR",), (other,), "2023")]


@pytest.mark.parametrize("text", [
    "Berg and her Danish counterpart Lars Holm's meetings will resume next year.",
    "Berg and her Danish counterpart Lars Holm's next meeting is planned for May.",
    "The Minister thanked the Danish Ambassador and the Swedish Government's officials.",
])
def test_no_meeting_of_the_pair(text: str) -> None:
    assert _meetings(text) == []
