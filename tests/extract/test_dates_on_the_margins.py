""""On the margins of the meeting" takes the day the meeting was told on, not the
day of a trip told before it nor the day a figure in between was dated by
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _dated(text: str, kind: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(r.to), r.date.start)
            for r in extract_text(text, issuer="NOR", date="2025-10-09").records
            if r.type == kind]


_TRIP = ("The Minister has been in Rome since Monday, where she took part on Tuesday, with "
         "the Italian Foreign Minister, in the meeting of the Joint Committee on "
         "development cooperation. ")


@pytest.mark.parametrize("text", [
    "On the margins of the meeting, the Minister was received by the President of Italy.",
    "On the sidelines of the meeting, she was also received by the President of Italy.",
    "At the committee, the two sides approved a budget of 40 million euros. On the margins "
    "of the meeting, the Minister was received by the President of Italy.",
    "The programme has an envelope of 40 million euros. On the fringes of the session, the "
    "Minister was received by the President of Italy.",
])
def test_the_margins_of_the_meeting_are_its_day(text):
    assert _dated(_TRIP + text, "meeting") == [(("ITA",), "2025-10-07")]


def test_a_day_named_on_the_margins_still_counts():
    text = _TRIP + ("On the margins of the meeting, on Wednesday, the Minister was received "
                    "by the President of Italy.")
    assert _dated(text, "meeting") == [(("ITA",), "2025-10-08")]


def test_the_trip_keeps_its_own_day():
    assert _dated(_TRIP, "visit") == [(("ITA",), "2025-10-06")]
