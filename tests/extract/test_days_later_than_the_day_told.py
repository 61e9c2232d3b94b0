"""A sentence opening with a count of days or weeks "later" ("Two days later", "A week
later", "3 days later") takes the day told before moved by that count, in a readout and
in a review; a month told before stays the month."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_TOLD = "On 5 March the Minister met the Foreign Minister of Kenya in Ankara. "


def _visit(head: str, text: str) -> str | None:
    return next(r.date.start for r in extract_text(head + text, issuer="TUR").records
                if r.type == "visit")


@pytest.mark.parametrize("head", ["12 March 2025\n\n", "Review of the year 2025\n\n"])
@pytest.mark.parametrize(("later", "date"), [
    ("Two days later he visited Ethiopia.", "2025-03-07"),
    ("A week later he visited Ethiopia.", "2025-03-12"),
    ("3 days later he paid a visit to Ethiopia.", "2025-03-08"),
    ("The next day he visited Ethiopia.", "2025-03-06"),
])
def test_the_count_moves_the_day_told(head, later, date):
    assert _visit(head, _TOLD + later) == date


def test_a_month_told_stays_the_month():
    assert _visit("Review of the year 2025\n\n", "In March the Minister met the Foreign "
                  "Minister of Kenya in Ankara. Two days later he visited Ethiopia.") == "2025-03"
