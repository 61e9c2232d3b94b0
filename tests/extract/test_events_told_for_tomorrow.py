"""An event told for tomorrow is not held yet ("Tomorrow on to Yerevan, for talks
with ...", "meets ... tomorrow"): no record, as for any plan; an event told today
beside tomorrow's programme still is one (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-09-12"


@pytest.mark.parametrize("text", [
    "Tomorrow on to Yerevan, for talks with the Armenian leadership.",
    "Talks with the Foreign Minister of Armenia tomorrow in Yerevan.",
    "Tomorrow morning I meet my Armenian counterpart in Yerevan.",
    "The Minister meets the Foreign Minister of Armenia in Yerevan tomorrow.",
])
def test_an_event_told_for_tomorrow_is_no_event(ex, text):
    assert ex(text, date=_DAY, types=["meeting", "visit"]) == []


@pytest.mark.parametrize(("text", "day"), [
    ("Today I met my Armenian counterpart in Yerevan; tomorrow's programme takes me to "
     "Gyumri.", _DAY),
    ("Yesterday I held talks with the Foreign Minister of Armenia in Yerevan.",
     "2024-09-11"),
])
def test_an_event_held_beside_tomorrow_stays(ex, text, day):
    assert ex(text, date=_DAY, types=["meeting"]) == [("meeting", ("GEO",), ("ARM",), day)]
