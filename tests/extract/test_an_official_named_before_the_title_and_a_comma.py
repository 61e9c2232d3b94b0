"""An official named before the title, with a comma between ("welcomed Anna Berg,
Minister for Foreign Affairs of Sweden", "hosted H.E. Prof. Ola Dahl, the Prime
Minister of Norway", "bade farewell to Jan Holm, Ambassador of Denmark"), is met as
when the title comes first (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text, partner", [
    ("On Monday the Minister welcomed Anna Berg, Minister for Foreign Affairs of Sweden, "
     "at the Ministry.", "SWE"),
    ("On Monday the Minister welcomed H.E. Prof. Ola Dahl, the Prime Minister of Norway.",
     "NOR"),
    ("The Minister hosted Dr. Mira Kask, Foreign Minister of Estonia, in Nairobi on Monday.",
     "EST"),
    ("The Minister bade farewell to Jan Holm, Ambassador of Denmark, on Monday.", "DNK"),
    ("On Monday the Minister bid farewell to Ms. Lea Roth, the outgoing High Commissioner "
     "of Canada.", "CAN"),
])
def test_the_official_named_first_is_met(text: str, partner: str) -> None:
    got = [r for r in records(text, "KEN", CORE, date="2024-03-12") if r[0] == "meeting"]
    assert got == [event("meeting", "KEN", partner, "2024-03-11")]


@pytest.mark.parametrize("text", [
    "On Monday the Minister welcomed Sweden's decision to join the initiative.",
    "On Monday the Minister welcomed John Smith, head of the Chamber of Commerce.",
])
def test_no_official_of_a_country_no_meeting(text: str) -> None:
    assert [r for r in records(text, "KEN", CORE, date="2024-03-12")
            if r[0] == "meeting"] == []
