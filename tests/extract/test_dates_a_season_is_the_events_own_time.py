"""A season told after an event ("made state visits to B and C in the autumn", "should
meet again in Ljubljana in the autumn") is that event's own time, at a year's
precision: not a month told earlier in the sentence for another event ("received A in
March, and made state visits ... in the autumn"), nor the day of the page. A day
told with the season ("in the summer, on 3 July") still dates the event."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["visit", "meeting", "commission"]
_REVIEW = "Slovak diplomacy in 2023\n\n"

_CASES = [
    case("after-a-month", _REVIEW + "The President received the President of Moldova in "
                                     "Bratislava in March, and made state visits to Croatia "
                                     "and Montenegro in the autumn.", "SVK", "2023-12-29", _TYPES,
         [("meeting", ("SVK",), ("MDA",), "2023-03"), ("visit", ("SVK",), ("HRV",), "2023"),
          ("visit", ("SVK",), ("MNE",), "2023")]),
    case("readout-plan", "The two ministers agreed that the Joint Commission of Chile and "
                         "Peru should meet again in Lima in the spring.", "CHL", "2024-01-15",
         _TYPES, [("commission", ("CHL",), ("PER",), "2024")]),
    case("during-the-summer", _REVIEW + "The Minister met the Foreign Minister of Chile in "
                                        "January and travelled to Peru during the summer.",
         "SVK", "2023-12-29", _TYPES, [("meeting", ("SVK",), ("CHL",), "2023-01"),
                                       ("visit", ("SVK",), ("PER",), "2023")]),
    case("month-after-season-stays", "The Minister travelled to Peru in the summer, on 3 "
                                     "July.", "CHL", "2023-09-20", _TYPES,
         [("visit", ("CHL",), ("PER",), "2023-07-03")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_dates_a_season_is_the_events_own_time(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
