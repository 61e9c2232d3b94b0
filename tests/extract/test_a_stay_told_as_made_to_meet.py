"""An official who is (or was) somewhere "to meet" an official ("is in Oslo on 4 May
to meet the Norwegian Foreign Minister", "was in Lima yesterday to meet with the
President of Peru", "is today in Accra to see her counterpart"): a meeting there, as
with "travelled to Oslo to meet". "Will be in Oslo next week to meet", "is in Oslo
and hopes to meet" and "agreed to meet" give no meeting (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Minister for Foreign Affairs Lena Holm is in Oslo on 4 May to meet with "
     "Norway's Minister of Foreign Affairs, Per Dahl.", "SWE",
     event("meeting", "SWE", "NOR", "2023-05-04")),
    ("The Prime Minister was in Lima yesterday to meet the President of Peru.", "CHL",
     event("meeting", "CHL", "PER", "2023-05-03")),
    ("The Foreign Minister is today in Accra to meet with her Ghanaian counterpart.",
     "NGA", event("meeting", "NGA", "GHA", "2023-05-04")),
    ("Minister Berg is currently in Ottawa to see the Canadian Foreign Minister.", "NOR",
     event("meeting", "NOR", "CAN", "2023-05-04")),
    ("Both deputy ministers were in Hanoi on Tuesday to meet Vietnam's Foreign "
     "Minister.", "KOR", event("meeting", "KOR", "VNM", "2023-05-02")),
])
def test_a_stay_told_as_made_to_meet(text, issuer, expected):
    assert expected in records(text, issuer, {"meeting"}, date="2023-05-04")


@pytest.mark.parametrize("text", [
    "Minister Berg will be in Ottawa next week to meet the Canadian Foreign Minister.",
    "Minister Berg is in Ottawa and hopes to meet the Canadian Foreign Minister.",
    "Minister Berg agreed to meet the Canadian Foreign Minister.",
])
def test_no_meeting_when_the_stay_is_ahead_or_the_meeting_hoped_for(text):
    assert records(text, "NOR", {"meeting"}, date="2023-05-04") == []
