""""Held several bilateral meetings" on a day, with no partner named, is a count of
meetings the next sentences tell one by one: they go on with its day (sentences of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "date", "partner", "day"), [
    ("The Foreign Minister, Kalo Veni, yesterday held several bilateral meetings with "
     "visiting counterparts.\n\nThe bilateral meeting then continued with Dr Ana Lima, "
     "Foreign Minister of Peru.", "2013-07-02", "PER", "2013-07-01"),
    ("On Tuesday the Minister had a series of bilateral meetings at the conference "
     "centre.\n\nThe bilateral meeting then went on with Mr Ion Rusu, Foreign Minister "
     "of Moldova.", "2019-03-07", "MDA", "2019-03-05"),
    ("Minister Tala Reyes held a number of talks with counterparts on 4 May.\n\nThe "
     "bilateral meeting then continued with the Foreign Minister of Chile.", "2021-05-06",
     "CHL", "2021-05-04"),
    ("Yesterday the Secretary of State had numerous bilateral meetings in the capital."
     "\n\nThe bilateral meeting then continued with Ms Eva Horn, Foreign Minister of "
     "Austria.", "2022-10-12", "AUT", "2022-10-11"),
])
def test_the_next_meeting_takes_the_day_of_the_meetings_counted(ex, text, date, partner,
                                                                 day):
    assert ex(text, issuer="FJI", date=date, types={"meeting"}) == [
        ("meeting", ("FJI",), (partner,), day)]


@pytest.mark.parametrize("text", [
    # meetings counted over a span, no one day: the dateline stays
    ("The Minister has held several bilateral meetings over the years.\n\nThe bilateral "
     "meeting then continued with Dr Ana Lima, Foreign Minister of Peru."),
    # a count of something else on that day
    ("Yesterday the Minister answered several questions from journalists.\n\nThe "
     "bilateral meeting then continued with Dr Ana Lima, Foreign Minister of Peru."),
])
def test_no_count_of_meetings_on_a_day_keeps_the_dateline(ex, text):
    assert ex(text, issuer="FJI", date="2013-07-02", types={"meeting"}) == [
        ("meeting", ("FJI",), ("PER",), "2013-07-02")]
