"""A "first ... since" with a noun after "since" ("his first visit to Kenya since
his inauguration in January", "the first talks since the election of 3 March")
names a point of reference, not a second day of the event: the event keeps its
own day and is told once (sentences of our own)."""

from __future__ import annotations

import pytest

# 2024-05-10 is a Friday: Wednesday is 8 May
HEAD = "Warsaw, 10 May 2024\n\n"
ARGS = {"issuer": "POL", "date": "2024-05-10"}


@pytest.mark.parametrize(("text", "typ", "want"), [
    ("The President of Kenya arrived in Warsaw yesterday for a state visit, his first to "
     "Poland since his inauguration in January.", "visit", [("KEN", "2024-05-09")]),
    ("The Minister today received the Foreign Minister of Chile, on her first trip abroad "
     "since her appointment in February.", "meeting", [("CHL", "2024-05-10")]),
    ("The President today received the Prime Minister of Peru, on his first trip abroad "
     "since his inauguration in March.", "meeting", [("PER", "2024-05-10")]),
    ("The Deputy Minister on Wednesday held talks with the Vice-Minister of Ecuador, the "
     "first such talks since the change of government in January.", "meeting",
     [("ECU", "2024-05-08")]),
    ("The Minister met the Foreign Minister of Peru on 7 May, their first meeting since "
     "her appointment in February.", "meeting", [("PER", "2024-05-07")]),
])
def test_the_point_since_is_no_day_of_the_event(ex, text, typ, want):
    got = ex(HEAD + text, **ARGS, types={typ})
    assert [(g[1][0] if typ == "visit" else g[2][0], g[3]) for g in got] == want


@pytest.mark.parametrize(("text", "day"), [
    # "since" with a day of a stay: the visit's start, as before
    ("The Foreign Minister of Kenya, who has been in Poland since Monday, met the Minister "
     "today.", "2024-05-10"),
    # no "first ... since": the month in the sentence is the event's
    ("The Minister met the Foreign Minister of Chile in Santiago in April.", "2024-04"),
])
def test_other_dates_unchanged(ex, text, day):
    got = ex(HEAD + text, **ARGS, types={"meeting"})
    assert [g[3] for g in got] == [day]
