"""Titles of other pages listed under a bare link heading ("More news:", "Related
articles", "Latest news") are links, not this text's events, also when each carries
its date on its line like a caption ("Minister A met the Prime Minister of Georgia
1 March 2024") (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, event, records

_BODY = ("Foreign Minister A met the Foreign Minister of Moldova\n"
         "Tallinn, 5 March 2024 – Foreign Minister Anna Kask met with the Moldovan Foreign "
         "Minister today.\n")


@pytest.mark.parametrize("links", [
    "More news:\nKask met the Prime Minister of Georgia 1 March 2024\n"
    "Kask talked with the Foreign Minister of Canada 27 February 2024\n",
    "\nRelated articles\n\nKask met the Prime Minister of Georgia, 1 March 2024\n"
    "Kask talked with the Foreign Minister of Canada, 27 February 2024\nContact us\n",
    "Latest news\n1 March 2024 - Kask met the Prime Minister of Georgia\n"
    "27 February 2024 - Kask talked with the Foreign Minister of Canada\n",
])
def test_dated_titles_of_other_pages_give_no_events(links: str) -> None:
    assert records(_BODY + links, "EST", CORE, date="2024-03-05") == [
        event("meeting", "EST", "MDA", "2024-03-05")]


def test_dated_caption_lines_without_a_link_heading_stay_events() -> None:
    text = ("Photos of the week\n"
            "Minister Kask met the Prime Minister of Georgia, Tbilisi, 1 March 2024\n"
            "Minister Kask met the Foreign Minister of Canada, Tallinn, 27 February 2024\n")
    assert records(text, "EST", CORE, date="2024-03-05") == sorted([
        event("meeting", "EST", "GEO", "2024-03-01"),
        event("meeting", "EST", "CAN", "2024-02-27")])
