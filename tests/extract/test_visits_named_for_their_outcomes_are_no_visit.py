"""Plural visits named for what came of them ("to implement the outcomes of high-level
visits", "the results of mutual visits") tell of no trip on a day; a visit told with
its traveller and host stays (sentences of our own)."""

from __future__ import annotations

import pytest

_LEAD = "Minister Osei met his Togolese counterpart in Lome on 5 May. "


@pytest.mark.parametrize("text", [
    "They agreed to implement the outcomes of the high-level visits between Ghana and Togo.",
    "Both sides will follow up on the results of mutual visits.",
    "The ministers praised the achievements of recent reciprocal visits.",
])
def test_visits_named_for_their_outcomes_are_no_visit(ex, text):
    got = ex(_LEAD + text, issuer="GHA", types=["visit"])
    assert all(src == ("GHA",) and to == ("TGO",) and day == "2023-05-05"
               for _, src, to, day in got) and len(got) <= 1


def test_a_visit_told_with_its_host_stays(ex):
    got = ex("President Mahama paid a state visit to Togo on 9 May.", issuer="GHA",
             types=["visit"])
    assert got == [("visit", ("GHA",), ("TGO",), "2023-05-09")]
