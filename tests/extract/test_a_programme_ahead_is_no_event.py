"""A programme told in the present, the event its object ("The programme foresees, on
Wednesday, an audience with the President", "the schedule envisages talks with ...",
"the agenda also includes, on Thursday, a meeting with ..."), a time set off by commas
between, is a plan: no event; a programme told in the past ("The programme included,
on Wednesday, an audience with ...") still reports it (sentences of our own)."""

from __future__ import annotations

import pytest

LEAD = ("The Minister for Foreign Affairs is on an official visit to Ghana from today until "
        "Friday, 16 May.\n\n")


@pytest.mark.parametrize("text", [
    "The programme foresees, on Wednesday, an audience with the President of Ghana, John "
    "Mahama.",
    "The schedule envisages, on Thursday morning, talks with the Foreign Minister of Ghana.",
    "The agenda also includes, on Wednesday, a meeting with the Speaker of the Parliament "
    "of Ghana.",
    "The programme provides for a meeting with the Vice-President of Ghana on Wednesday.",
    "His itinerary includes talks with the Foreign Minister of Ghana on Thursday.",
])
def test_a_programme_told_in_the_present_is_no_meeting(ex, text):
    assert ex(LEAD + text, issuer="NOR", date="2025-05-13", types={"meeting"}) == []


def test_a_programme_told_in_the_past_still_reports_the_meeting(ex):
    text = ("The Foreign Minister of Ghana paid an official visit to Norway on 12 May. The "
            "programme included, on the same day, a meeting with the Prime Minister of Norway.")
    recs = ex(text, issuer="NOR", date="2025-05-13", types={"meeting"})
    assert recs == [("meeting", ("NOR",), ("GHA",), "2025-05-12")]
