"""What a trip's where-clause tells of the place before it (sentences of our own):
"visited Chile, where she conducted talks on the accord" is a meeting with the host,
whatever verb of conducting talks ("conducted negotiations", "conducted detailed
talks"); a clause that names its sides ("... on the treaty between Portugal and
Chile") ends where the list of stops goes on (", as well as Peru": another stop, no
side of those talks); a summit named by its states ("where the Portugal-Peru-Bolivia
Trilateral Summit was held") is one meeting with the other states named. A clause of
no talks ("where the elections were conducted calmly") tells no meeting."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_HEAD = "Lisbon, 20 December 2025\n\n"


def _told(text: str) -> list[tuple]:
    return records(_HEAD + text, "PRT", {"meeting", "visit"}, date="2025")


@pytest.mark.parametrize("text", [
    "I then visited Chile, where I conducted negotiations on the fisheries treaty.",
    "The Minister went to Chile, where she conducted talks on the new trade accord.",
    "We travelled to Chile, where we conducted detailed negotiations on a port agreement.",
    "He flew to Chile, where he also conducted negotiations on debt relief.",
])
def test_talks_conducted_where_the_trip_went_are_with_the_host(text: str) -> None:
    assert _told(text) == [("meeting", ("PRT",), ("CHL",), "2025-12-20"),
                           ("visit", ("PRT",), ("CHL",), "2025-12-20")]


@pytest.mark.parametrize("text", [
    "I then visited Chile, where I conducted negotiations on the fisheries treaty between "
    "Portugal and Chile, as well as Peru.",
    "I then visited Chile, where I held talks on the fisheries treaty between Portugal and "
    "Chile, as well as Peru, where the summit was held.",
    "She went to Chile, where she held talks on the accord between Portugal and Chile, and "
    "then to Peru.",
    "We visited Chile, where we conducted talks on a treaty between our two nations and "
    "Chile, and also Peru.",
])
def test_the_next_stop_is_no_side_of_the_talks(text: str) -> None:
    assert _told(text) == [("meeting", ("PRT",), ("CHL",), "2025-12-20"),
                           ("visit", ("PRT",), ("CHL",), "2025-12-20"),
                           ("visit", ("PRT",), ("PER",), "2025-12-20")]


@pytest.mark.parametrize("text", [
    "I then visited Peru, where the Portugal-Peru-Bolivia Trilateral Summit was held.",
    "The Portugal-Peru-Bolivia Trilateral Summit was held in Lima.",
    "In December, Portugal hosted the Portugal-Peru-Bolivia trilateral summit.",
    "Our Prime Minister attended the Peru-Portugal-Bolivia Trilateral Summit in Lima.",
])
def test_a_summit_named_by_its_states_is_one_meeting(text: str) -> None:
    meetings = [(r[1], tuple(sorted(r[2])), r[3][:7]) for r in _told(text)
                if r[0] == "meeting"]
    assert meetings == [(("PRT",), ("BOL", "PER"), "2025-12")]


def test_a_clause_of_no_talks_tells_no_meeting() -> None:
    assert _told("I then visited Chile, where the elections were conducted calmly.") == [
        ("visit", ("PRT",), ("CHL",), "2025-12-20")]
