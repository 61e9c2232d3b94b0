"""An ambassador's arrival at a new post is no visit: the courtesy call is the meeting.
An envoy at large, a visit named, or a traveller of another rank still travel."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records


@pytest.mark.parametrize("text, to", [
    ("The Secretary received courtesy calls from the ambassadors of Spain and Mexico upon "
     "their arrival in Manila.", ["ESP", "MEX"]),
    ("Upon his arrival in Manila, the new Ambassador of Spain paid a courtesy call on the "
     "Secretary.", ["ESP"]),
    ("On arrival in Manila, the Ambassador-designate of Chile called on the Secretary.",
     ["CHL"]),
    ("The Secretary met the newly appointed Ambassador of Peru after his arrival in Manila.",
     ["PER"]),
])
def test_ambassador_arrival_is_no_visit(text: str, to: list[str]) -> None:
    got = records(text, "PHL", CORE, date="2022")
    assert not [r for r in got if r[0] == "visit"], got
    assert sorted(r[2][0] for r in got if r[0] == "meeting") == sorted(to)


@pytest.mark.parametrize("text, visitor", [
    ("Upon his arrival in Manila, the Foreign Minister of Spain called on the Secretary.",
     "ESP"),
    ("The Ambassador-at-large of Japan arrived in Manila for talks with the Secretary.",
     "JPN"),
    ("The Ambassador of Spain arrived in Manila on a working visit.", "ESP"),
])
def test_other_arrivals_are_visits(text: str, visitor: str) -> None:
    got = records(text, "PHL", CORE, date="2022")
    assert any(r[0] == "visit" and r[1] == (visitor,) for r in got), got
