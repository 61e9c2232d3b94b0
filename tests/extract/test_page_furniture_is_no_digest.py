"""A news page's stacked short lines (a section name, a byline twice, "Published" over
its date, "Share" over "Copy Link") head no items: the page is one story, not a digest,
and its lead's "this week" takes the month of the date below the byline, even when a
later sentence names another month. A digest of headed items stays one (texts of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records

_LATER = ("\n\nShe has met 9 of the 14 ministers of the region since taking office in "
          "November.\n")


@pytest.mark.parametrize("head", [
    "World\n\nMinister heads north\n\nThe Foreign Minister is visiting Fiji and Tonga this "
    "week.\n\nMere Tane\nMere Tane\nPublished\n02 July 2024, 6:10pm\nShare\nCopy Link",
    "News\nPolitics\n\nThe Foreign Minister is visiting Fiji and Tonga this week.\n\n"
    "By Mere Tane\nPublished\n2 July 2024\nShare\nPrint\nEmail",
    "Latest\n\nFiji and Tonga on the Minister's route\n\nThis week the Foreign Minister is "
    "visiting Fiji and Tonga.\n\nReporter\nMere Tane\nPosted\nJuly 2, 2024\nShare this\n"
    "Copy Link",
    "Pacific desk\nRadio news\n\nThe Foreign Minister is visiting Fiji and Tonga this week, "
    "her office said.\n\nMere Tane\nPublished\n02 July 2024, 9:05am\nUpdated\n02 July 2024, "
    "11:40am\nShare",
])
def test_a_pages_stacked_lines_are_no_digest(head: str) -> None:
    got = records(head + _LATER, "NZL", CORE, date="2024")
    assert sorted((r[2][0], r[3]) for r in got if r[0] == "visit") == [
        ("FJI", "2024-07"), ("TON", "2024-07")], got


def test_a_digest_of_headed_items_stays_one() -> None:
    text = ("Diplomatic news\n\nIn Suva\nThe Foreign Minister paid a visit to Fiji on 3 June "
            "2024.\n\nIn Apia\nThe Deputy Minister held talks with the Samoan side.\n\n"
            "Credentials\nThe Ambassador of Chile presented copies of his credentials.\n\n"
            "Students\nThe Minister spoke to students of the Diplomatic Academy.\n")
    got = records(text, "NZL", CORE, date="2024")
    assert ("visit", ("NZL",), ("FJI",), "2024-06-03") in got, got
    assert ("meeting", ("NZL",), ("WSM",), "2024") in got, got
