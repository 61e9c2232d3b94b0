"""A stay whose first and last days are each written after their weekday in brackets
("from Sunday (Feb 9) to Wednesday (Feb 12)", "from Friday (7 February) until Monday (10
February)") is one span of days: the visit starts on the first, and a bare weekday told
elsewhere in a text with no day to count from ("met on Monday") is the one day of it in
that span. Two days in brackets joined by "and" stay two days (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _events(text: str) -> list[tuple]:
    res = extract_text(text, issuer="CHL", date="2025")
    return sorted((r.type, tuple(r.to), r.date.start, r.date.end) for r in res.records
                  if r.type in {"meeting", "visit"})


# 10 February 2025 is a Monday
@pytest.mark.parametrize("text", [
    "SANTIAGO: Foreign Minister Rui Sol met his Peruvian counterpart on Monday.\n\n"
    "The Peruvian minister is in Chile on a working visit from Sunday (Feb 9) to "
    "Wednesday (Feb 12).",
    "Foreign Minister Rui Sol met his Peruvian counterpart on Monday in Santiago.\n\n"
    "The Peruvian minister is in Chile on a working visit from Sunday (9 February) "
    "until Wednesday (12 February).",
    "The Peruvian Foreign Minister is in Chile on a working visit from Sunday (Feb 9) "
    "to Wednesday (Feb 12).\n\nOn Monday Foreign Minister Rui Sol met his Peruvian "
    "counterpart in Santiago.",
    "Foreign Minister Rui Sol held talks on Monday with his Peruvian counterpart.\n\n"
    "The Peruvian minister is in Chile for a working visit from Sunday (Feb. 9) - "
    "Wednesday (Feb. 12).",
])
def test_the_weekday_is_the_day_of_the_span(text: str) -> None:
    meetings = [e for e in _events(text) if e[0] == "meeting"]
    visits = [e for e in _events(text) if e[0] == "visit"]
    assert [m[1:3] for m in meetings] == [(("PER",), "2025-02-10")]
    assert [v[2:] for v in visits] == [("2025-02-09", "2025-02-12")]


def test_two_days_joined_by_and_are_no_span() -> None:
    text = ("Foreign Minister Rui Sol met his Peruvian counterpart on Monday.\n\n"
            "The Peruvian minister was in Chile on Sunday (Feb 9) and Thursday (Feb 13).")
    events = _events(text)
    assert [e for e in events if e[0] == "visit"] == [
        ("visit", ("CHL",), "2025-02-09", None), ("visit", ("CHL",), "2025-02-13", None)]
    assert [e[2] for e in events if e[0] == "meeting"] != ["2025-02-10"]
