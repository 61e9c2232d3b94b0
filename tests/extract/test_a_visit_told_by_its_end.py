"""A visit of so many days told by its end ("concluded a three-day official visit
to Kenya on 13 March", "wrapped up a four-day visit yesterday", "On 13 March ...
ended his two-day working visit") runs back from that day; a day told as the first
("which started on Monday, 11 March") stays the first (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_LINE = "Accra, 14 March 2024 - "


def _visits(text: str) -> list[tuple[str | None, str | None]]:
    res = extract_text(_LINE + text, issuer="GHA", date="2024-03-14")
    return [(r.date.start, r.date.end) for r in res.records if r.type == "visit"]


@pytest.mark.parametrize(("text", "span"), [
    ("The Foreign Minister concluded a three-day official visit to Kenya on 13 March.",
     ("2024-03-11", "2024-03-13")),
    ("The Minister wrapped up a four-day visit to Egypt yesterday.",
     ("2024-03-10", "2024-03-13")),
    ("On 13 March the Prime Minister of Kenya ended his two-day working visit to Ghana.",
     ("2024-03-12", "2024-03-13")),
])
def test_a_visit_ended_on_a_day_runs_back_from_it(text, span):
    assert _visits(text) == [span]


@pytest.mark.parametrize(("text", "start"), [
    ("The Minister has concluded a four-day visit to Egypt, which started on Monday, "
     "11 March.", "2024-03-11"),
    ("The Minister began a three-day visit to Egypt on 12 March.", "2024-03-12"),
])
def test_a_first_day_stays_the_first(text, start):
    assert [s for s, _ in _visits(text)] == [start]
