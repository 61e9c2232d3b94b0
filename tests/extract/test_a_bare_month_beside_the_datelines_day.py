"""A month named bare in the same sentence as a news dateline's day, later in the year
than that day ("Accra, 15 January 2024 - The Minister met A in December"), is last
year's month, not the dateline's day, whether the document's date is given in full or
only its year; a month before the day stays in its year (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "date", "want"), [
    ("Accra, 15 January 2024 - The Minister met the Foreign Minister of Chile in December.",
     "2024-01-15", "2023-12"),
    ("Accra, 10 February 2024 - In November, the President visited Japan.", "2024-02-10",
     "2023-11"),
    ("Accra, 5 January 2024 – Ghana and Peru signed a visa waiver agreement in October.",
     "2024-01-05", "2023-10"),
    ("Accra, 20 March 2024 - The Minister met the Foreign Minister of Chile in February.",
     "2024-03-20", "2024-02"),
    ("Accra, 15 January 2024 - The Minister met the Foreign Minister of Chile today.",
     "2024-01-15", "2024-01-15"),
])
def test_the_month_not_the_datelines_day(ex, text, date, want):
    got = ex(text, issuer="GHA", date=date, types=["meeting", "visit", "agreement"])
    assert [g[3] for g in got] == [want]
