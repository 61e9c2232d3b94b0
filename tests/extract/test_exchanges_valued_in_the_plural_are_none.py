"""Visits, meetings or contacts valued or measured in the plural are a kind of thing,
not one held ("stressed the importance of regular visits and meetings between A and
B", "noted the intensity of bilateral meetings"); one held keeps its record (texts of
our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text", [
    "The Minister stressed the importance of regular high-level visits and meetings "
    "between Slovenia and Kazakhstan.",
    "The two sides noted the intensity of bilateral meetings between Slovenia and Chile.",
    "Both ministers welcomed the frequency of contacts and visits between Slovenia and "
    "Ghana.",
    "The Minister underlined the need for more frequent meetings between Slovenia and "
    "Peru at every level.",
    "They praised the dynamics of mutual visits between Slovenia and Vietnam.",
])
def test_exchanges_valued_are_no_event(text: str) -> None:
    assert records(text, "SVN", CORE, date="2024-03-12") == []


@pytest.mark.parametrize("text, to", [
    ("On 11 March the Minister held a number of bilateral meetings with the foreign "
     "ministers of Chile and Peru.", ["CHL", "PER"]),
    ("On 11 March the Minister stressed, during bilateral meetings with the foreign "
     "ministers of Chile and Peru, the importance of trade.", ["CHL", "PER"]),
])
def test_meetings_held_keep_their_records(text: str, to: list[str]) -> None:
    assert records(text, "SVN", CORE, date="2024-03-12") == [
        event("meeting", "SVN", c, "2024-03-11") for c in to]
