"""A visit of so many days going on, its return told after it as today's ("is paying a
two-day working visit to A and is expected to fly home today"): today is its last
day, so the visit spans the days before (as "returned on Thursday from a three-day
visit" and "concluded a two-day visit on 13 March" already did). A return on another
day dates nothing of the visit (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[list[str], str | None, str | None]]:
    return [(r.to, r.date.start, r.date.end)
            for r in extract_text(text, issuer="NAM", date="2025-03-12").records
            if r.type == "visit"]


@pytest.mark.parametrize(("text", "to", "first"), [
    ("Foreign Minister Tomas Ruiz is paying a two-day working visit to Ghana and is "
     "expected to fly home today.", "GHA", "2025-03-11"),
    ("Minister Ana Shipanga is on a three-day working visit to Kenya and is due to fly back "
     "to Windhoek tonight.", "KEN", "2025-03-10"),
    ("The Prime Minister, who is on a two-day working visit to Angola, will return home "
     "today.", "AGO", "2025-03-11"),
    ("The Vice President is paying a four-day visit to Egypt and is expected to return to "
     "Windhoek later in the day.", "EGY", "2025-03-09"),
])
def test_the_days_before_the_return_today(text, to, first):
    assert _visits(text) == [([to], first, "2025-03-12")]


@pytest.mark.parametrize("text", [
    "President Hilda Vos is on a three-day official visit to Ghana and will return home on "
    "Friday.",
    "President Hilda Vos is paying a state visit to Ghana and is scheduled to return home "
    "today.",
])
def test_no_span_without_both_the_days_and_today(text):
    assert [end for _, _, end in _visits(text)] == [None]
