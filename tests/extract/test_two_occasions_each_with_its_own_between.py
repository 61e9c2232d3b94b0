"""Two occasions each named with its own "between" in one sentence ("two meetings
between A and B, and a planned call between C and D", "the talks between A and B as
well as the meeting between A and C"): each has only the sides after its own "between"
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister noted two meetings between the Presidents of Chile and Peru, and a "
     "planned call between the Foreign Ministers of Chile and Bolivia.",
     [event("meeting", "CHL", "PER", "2022-02-01")]),
    ("The minister welcomed the talks between the foreign ministers of Spain and Morocco "
     "as well as the meeting between the presidents of Spain and Algeria.",
     [event("meeting", "ESP", "MAR", "2022-02-01"), event("meeting", "ESP", "DZA", "2022-02-01")]),
    ("He recalled the meeting between the leaders of Kenya and Uganda, and also the talks "
     "between the leaders of Kenya and Tanzania.",
     [event("meeting", "KEN", "UGA", "2022-02-01"), event("meeting", "KEN", "TZA", "2022-02-01")]),
    ("The ministry welcomed the talks between the Foreign Ministers of Egypt and Jordan, "
     "and the meeting between the Foreign Ministers of Egypt and Qatar.",
     [event("meeting", "EGY", "JOR", "2022-02-01"),
      event("meeting", "EGY", "QAT", "2022-02-01")]),
])
def test_each_occasion_has_its_own_sides(text, expected):
    recs = records(text, "HUN", CORE, date="2022-02-01")
    assert recs == sorted(expected)


def test_one_occasion_listing_sides_stays_one():
    text = "The minister welcomed the talks between Spain, Morocco and Algeria."
    assert records(text, "HUN", CORE, date="2022-02-01") == [
        event("meeting", "ESP", "MAR DZA", "2022-02-01")]
