"""A month joined to "mid" by a hyphen ("in mid-February", "mid-January's visit") dates
the event to that month, as "in the middle of February" does (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records


@pytest.mark.parametrize("text, expected", [
    ("In mid-February, the Minister held consultations with the State Secretary of "
     "Austria.", event("consultation", "SVK", "AUT", "2024-02")),
    ("The Minister visited Chile in mid-February.", event("visit", "SVK", "CHL", "2024-02")),
    ("In mid-January the Foreign Minister of Peru paid a visit to Bratislava.",
     event("visit", "PER", "SVK", "2024-01")),
    ("The Minister visited Chile in the middle of February.",
     event("visit", "SVK", "CHL", "2024-02")),
])
def test_mid_month_dates_the_event_to_the_month(text: str, expected: tuple) -> None:
    assert records(text, "SVK", CORE, date="2024-03-12") == [expected]
