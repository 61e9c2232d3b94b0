"""A trip made to meet an official, its time standing between the place and "to
meet" ("travelled to Abuja on 1 March to meet President Tinubu", "went to Lome on
Friday to see President Gnassingbe"): a meeting as well as the visit; a trip still
ahead tells neither (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "host", "day"), [
    ("President Akufo-Addo travelled to Abuja on 1 March to meet President Tinubu.",
     "NGA", "2024-03-01"),
    ("The Minister went to Lomé on Friday to see President Gnassingbé.", "TGO", "2024-03-01"),
    ("The Minister flew to Nairobi yesterday to meet with her Kenyan counterpart.",
     "KEN", "2024-03-02"),
    ("On 1 March the Foreign Minister journeyed to Dakar to see the President of Senegal.",
     "SEN", "2024-03-01"),
])
def test_the_trip_and_the_meeting(ex, text, host, day):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting", "visit"])
    assert got == [("meeting", ("GHA",), (host,), day), ("visit", ("GHA",), (host,), day)]


@pytest.mark.parametrize("text", [
    "The Minister will fly to Paris next week to meet the French Foreign Minister.",
    "The Minister hopes to see President Tinubu soon.",
    "The Minister went to the stadium to see the President of Togo's speech broadcast.",
])
def test_no_trip_done_to_see_an_official_is_no_meeting(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == []
