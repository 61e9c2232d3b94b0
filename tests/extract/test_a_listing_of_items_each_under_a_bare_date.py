"""A listing whose items each open with a line that is only a date in figures
("14.03.2024", "2024-03-12"), maybe with short label lines under it ("Press release",
"—"): each such line is its item's day, so the item's "today" and "yesterday" count
from it, not from the page's first date. A page with one such line only keeps its
first date for all (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import event, records

_HEAD = "The latest news of the ministry, newest first.\n"


@pytest.mark.parametrize(("items", "expected"), [
    ("14.03.2024\n—\nPress releases\nThe Minister met the Ambassador of Peru.\n"
     "11.03.2024\n—\nPress releases\nMinister Lena Dahl's visit to Chile ends today.\n",
     event("visit", "NOR", "CHL", "2024-03-11")),
    ("14.03.2024\nNews\nThe Minister met the Ambassador of Peru.\n"
     "12.03.2024\nNews\nYesterday the Minister held talks with the Foreign Minister of "
     "Ghana.\n", event("meeting", "NOR", "GHA", "2024-03-11")),
    ("2024-03-14\nThe Minister met the Ambassador of Peru.\n"
     "2024-03-10\nToday the Minister spoke by phone with her Kenyan counterpart.\n",
     event("call", "NOR", "KEN", "2024-03-10")),
    ("14/03/2024\nStatement\nThe Minister met the Ambassador of Peru.\n"
     "09/03/2024\nStatement\nThis morning the State Secretary arrived in Tokyo.\n",
     event("visit", "NOR", "JPN", "2024-03-09")),
])
def test_an_items_today_counts_from_its_own_date_line(items, expected):
    assert expected in records(_HEAD + items, "NOR", {"visit", "meeting", "call"},
                               date="2024")


def test_one_date_line_only_dates_the_page():
    text = ("14.03.2024\nPress releases\nThe Minister met the Ambassador of Peru.\n"
            "Today she also spoke by phone with her Kenyan counterpart.\n")
    assert event("call", "NOR", "KEN", "2024-03-14") in records(
        text, "NOR", {"call"}, date="2024")
