"""A country abbreviated with stops before an official's title ("U.S. Secretary of
State", "the U.K. Ambassador", "U.A.E. Foreign Minister") is read as the same country
written without them, whatever the trigger (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text, expected", [
    ("Foreign Minister Holm held a call with U.S. Secretary of State Jane Roe on Monday.",
     event("call", "DNK", "USA", "2024-03-11")),
    ("On Monday the Minister held a phone call with the U.K. Foreign Secretary.",
     event("call", "DNK", "GBR", "2024-03-11")),
    ("On Monday the Minister bid farewell to the outgoing U.S. Ambassador.",
     event("meeting", "DNK", "USA", "2024-03-11")),
    ("The Minister received calls from the U.A.E. Foreign Minister on Monday.",
     event("call", "ARE", "DNK", "2024-03-11")),
    ("The Minister had a meeting with the U.S. Deputy Secretary of State on Monday.",
     event("meeting", "DNK", "USA", "2024-03-11")),
])
def test_stops_in_the_abbreviation_do_not_hide_the_official(text: str,
                                                           expected: tuple) -> None:
    got = [r for r in records(text, "DNK", CORE, date="2024-03-12") if r[0] != "visit"]
    assert got == [expected]
