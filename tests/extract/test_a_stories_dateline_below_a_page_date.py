"""A story's own dateline ("Lisbon, 9 June 2018 (Lusa) - This morning ...") set
below the date line of the page that carries it ("Friday, June 12, 2018") dates
what the story tells: its "this morning" and "yesterday" count from the dateline,
not from the page's later day. A city-state's name is its country's ("Monaco",
"Singapore"), and still opens a dateline when a dash or an agency follows a full
date (sentences of our own)."""

from __future__ import annotations

import pytest

_PAGE = "Friday, June 12, 2018\n\n"


@pytest.mark.parametrize(("text", "day"), [
    ("Lisbon, 9 June 2018 (Lusa) - Yesterday the Foreign Minister of Portugal met the "
     "Foreign Minister of Angola in Lisbon.", "2018-06-08"),
    ("Lisbon, 9 June 2018 - This morning the Foreign Minister of Portugal received the "
     "Ambassador of Angola.", "2018-06-09"),
    ("Monaco, 10 June 2018 (AFP) - The weather was fine on the coast. The Foreign "
     "Minister of Portugal later met the Foreign Minister of Angola.", "2018-06-10"),
    ("Singapore, 8 June 2018 - Rain fell all day. The Portuguese Foreign Minister then "
     "held talks with his Angolan counterpart.", "2018-06-08"),
])
def test_the_stories_dateline_dates_it(ex, text, day):
    got = ex(_PAGE + text, issuer="PRT", date="2018", types=["meeting"])
    assert [(g[1], g[2], g[3]) for g in got if g[2] == ("AGO",)] == [
        (("PRT",), ("AGO",), day)]


@pytest.mark.parametrize("text", [
    # a heading naming a country and a day, with no dash or agency after it
    "Portugal, 9 June 2018\n\nThis morning the Foreign Minister of Portugal met the "
    "Foreign Minister of Angola.",
    # a line naming a place and a day inside the text, not at a paragraph's start
    "This morning the Foreign Minister of Portugal met the Foreign Minister of Angola. "
    "Lisbon, 9 June 2018 (Lusa) - no more.",
])
def test_a_heading_or_a_far_earlier_day_leaves_the_page_date(ex, text):
    got = ex(_PAGE + text, issuer="PRT", date="2018", types=["meeting"])
    assert [g[3] for g in got if g[2] == ("AGO",)] == ["2018-06-12"]
