""""This week" told before the weekdays that name its days ("this week, on Monday and
on Wednesday") is those days: two calls told so are dated each to its day, not both to
the month. "This week" alone stays the month (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _contacts(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="SWE", date="2025-10-09").records
    return [(r.type, r.to, r.date.start) for r in recs if r.type in ("call", "meeting")]


@pytest.mark.parametrize("text, kind", [
    ("Minister Berg and the Foreign Minister of Croatia held two phone conversations "
     "this week, on Monday and on Wednesday.", "call"),
    ("Minister Berg spoke by phone with the Foreign Minister of Croatia this week, on "
     "Monday and again on Wednesday.", "call"),
    ("This week, on Monday and Wednesday, the State Secretary had video calls with the "
     "Deputy Foreign Minister of Croatia.", "call"),
    ("Minister Berg met the Foreign Minister of Croatia twice this week (on Monday and "
     "on Wednesday).", "meeting"),
])
def test_two_days(text: str, kind: str) -> None:
    assert _contacts(text) == [(kind, ["HRV"], "2025-10-06"), (kind, ["HRV"], "2025-10-08")]


def test_one_day() -> None:
    assert _contacts("This week, on Tuesday, the Minister had a video call with the "
                     "Foreign Minister of Chile.") == [("call", ["CHL"], "2025-10-07")]


def test_the_week_alone() -> None:
    assert _contacts("Minister Berg spoke twice by phone with the Foreign Minister of "
                     "Croatia this week.") == [("call", ["HRV"], "2025-10")]
