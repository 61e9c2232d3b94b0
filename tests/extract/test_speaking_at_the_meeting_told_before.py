"""A meeting named again as the place words were said ("Speaking at her first meeting
with Chile's Luis Vera, Weber said ...") is the meeting told before with the same
official: one record. A meeting with another country's official so named is a new one
(texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_LEAD = ("Berlin, 9 May 2018\n\nForeign Minister Anna Weber and her Chilean counterpart "
         "Luis Vera agreed that trade must grow. ")


@pytest.mark.parametrize("again", [
    "Speaking at her first meeting with Chile's Luis Vera since she took office, Weber "
    "said trade was key.",
    "Speaking after her talks with Luis Vera, Weber said the two countries were close.",
    "Talking at her meeting with Chilean minister Luis Vera, Weber praised the ties.",
    "Speaking during her talks with Luis Vera of Chile, Weber stressed the climate.",
])
def test_the_meeting_named_again_is_one(again: str) -> None:
    got = records(_LEAD + again, "DEU", {"meeting"}, date="2018")
    assert got == [("meeting", ("DEU",), ("CHL",), "2018-05-09")], got


def test_a_meeting_with_another_side_is_new() -> None:
    got = records(_LEAD + "Speaking at her meeting with Peru's Foreign Minister Rosa Diaz, "
                  "Weber said trade was key.", "DEU", {"meeting"}, date="2018")
    assert sorted(r[2][0] for r in got) == ["CHL", "PER"], got
