"""Two time expressions in one sentence: a relative clause set off by commas
("The Minister, who arrived in Oslo on Monday, on Tuesday met ...") has the time
of what it tells (the arrival, the stay), and the main clause has its own; each
event takes its own time, never both (sentences of our own)."""

from __future__ import annotations

import pytest

# 2024-05-10 is a Friday: Monday is 6 May, Tuesday 7 May, Wednesday 8 May
HEAD = "Warsaw, 10 May 2024\n\n"


@pytest.mark.parametrize(("text", "want"), [
    ("The Deputy Minister, who has been in Nairobi since Monday, on Wednesday signed a "
     "protocol on visa exemption with her Kenyan counterpart.",
     [("agreement", ("POL",), ("KEN",), "2024-05-08"),
      ("visit", ("POL",), ("KEN",), "2024-05-06")]),
    ("The Deputy Minister, who is on a working visit to Chile from 6 to 9 May, on Tuesday "
     "held political consultations in Santiago with the Chilean Vice-Minister.",
     [("consultation", ("POL",), ("CHL",), "2024-05-07"),
      ("visit", ("POL",), ("CHL",), "2024-05-06")]),
    ("The envoy, who landed in Amman on 2 May, was received on 4 May by the King of Jordan.",
     [("meeting", ("POL",), ("JOR",), "2024-05-04"),
      ("visit", ("POL",), ("JOR",), "2024-05-02")]),
    ("The Minister, who arrived in Hanoi on Monday, this morning paid a courtesy call on "
     "the Prime Minister of Viet Nam.",
     [("meeting", ("POL",), ("VNM",), "2024-05-10"),
      ("visit", ("POL",), ("VNM",), "2024-05-06")]),
])
def test_each_clause_keeps_its_own_day(ex, text, want):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10")
    assert got == sorted(want)


def test_a_day_before_the_subject_is_the_main_clauses(ex):
    # the relative clause comes after the main clause's day: the meeting is on
    # Wednesday, not on the day of the journey told inside the commas
    got = ex(HEAD + "On Wednesday the Minister, who had travelled to Oslo on 3 May, met the "
             "Norwegian Foreign Minister.", issuer="POL", date="2024-05-10", types={"meeting"})
    assert got == [("meeting", ("POL",), ("NOR",), "2024-05-08")]


def test_a_guests_stay_told_after_the_meeting(ex):
    got = ex(HEAD + "The Minister met on Thursday, May 9, 2024, the Foreign Minister of Peru, "
             "who is visiting Warsaw from 8 to 11 May.", issuer="POL", date="2024-05-10")
    assert got == [("meeting", ("POL",), ("PER",), "2024-05-09"),
                   ("visit", ("PER",), ("POL",), "2024-05-08")]


@pytest.mark.parametrize("text", [
    # a list of days in one clause: one record per day, as before
    "The Minister met the Ambassador of Chile on 6 May and on 8 May.",
    # the relative clause names no day: the main clause's day is the only one
    "The Minister, who leads the delegation, met the Foreign Minister of Chile on 7 May.",
])
def test_no_relative_clause_with_a_day_changes_nothing(ex, text):
    got = ex(HEAD + text, issuer="POL", date="2024-05-10", types={"meeting"})
    days = {"6 May": "2024-05-06", "7 May": "2024-05-07", "8 May": "2024-05-08"}
    assert [g[3] for g in got] == [v for k, v in days.items() if k in text]


def test_the_clauses_day_stays_when_the_main_clause_has_none(ex):
    # nothing else to date the meeting by: the only day written stays
    got = ex(HEAD + "The Minister met the Foreign Minister of Peru, who arrived in Warsaw on "
             "8 May.", issuer="POL", date="2024-05-10", types={"meeting"})
    assert got == [("meeting", ("POL",), ("PER",), "2024-05-08")]
