"""A bracket that restates a day on another clock with no figures of a time ("on the
evening of 3 May (morning of 4 May, Japan time)", "(night of 3 to 4 May, Tokyo
time)") names the same moment: its day dates no second record and does not re-date
the event; where it holds the only day, that day stands (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _days(text: str, kind: str = "call") -> list[tuple[str | None, str | None]]:
    recs = extract_text(text, issuer="JPN", date="2024-05-05").records
    return [(r.date.start, r.date.end) for r in recs if r.type == kind]


@pytest.mark.parametrize("text", [
    "On 3 May, the Foreign Minister held a telephone call with the Foreign Minister of "
    "Chile (morning of 4 May, Japan time).",
    "On the evening of 3 May, the Minister had a phone call with the Foreign Minister of "
    "Chile (4 May, Japan time), and they discussed trade.",
    "On 3 May the Minister held a telephone call (morning of 4 May, Japan time) with the "
    "Foreign Minister of Chile.",
    "On 3 May, in the evening (night of 3 to 4 May, Japan time), the Minister held a video "
    "conference with the Foreign Minister of Brazil.",
    "Late on Friday, 3 May (early 4 May, local time in Seoul), the Minister held a call "
    "with the Secretary of State of the United States.",
])
def test_the_bracket_on_another_clock_dates_nothing(text: str) -> None:
    assert _days(text) == [("2024-05-03", None)]


def test_the_bracket_holding_the_only_day_dates_the_call() -> None:
    assert _days("The Minister held a call with the Foreign Minister of Chile (4 May, "
                 "Japan time).") == [("2024-05-04", None)]
