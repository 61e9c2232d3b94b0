"""A page that carries a statement some weeks after it was made: a labelled publication
line ("Published on 20 May 2021", "Posted: 3 March") above the statement's own dateline
("Rome, April 29, 2021"). The statement's "this morning", "today" and "yesterday" count
from its dateline, not from the day the page was published (they took the publication
day whenever the two were more than a week apart). Without a dateline below it, the
publication line still dates the text (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _core(text: str, issuer: str, date: str) -> list[tuple]:
    return sorted(records(text, issuer, {"meeting", "call"}, date=date))


@pytest.mark.parametrize("text, issuer, date, expected", [
    ("Sereni receives Blinken\n\nPublished on May 20, 2021\n\nStatement by the Deputy "
     "Minister\nRome, April 29, 2021\n\nThis afternoon I held a meeting with Antony Blinken, "
     "who was in Italy on his way to Brussels.",
     "ITA", "2021", [("meeting", ("ITA",), ("USA",), "2021-04-29")]),
    ("Heiko Maas receives his Polish counterpart\n\nPosted on 14 November 2019\n\nPress "
     "release\nBerlin, 2 October 2019\n\nToday Foreign Minister Heiko Maas met Polish "
     "Foreign Minister Jacek Czaputowicz in Berlin.",
     "DEU", "2019", [("meeting", ("DEU",), ("POL",), "2019-10-02")]),
    ("Published: 3 March 2016\n\nMadrid, 9 February 2016\n\nThe Minister of Foreign "
     "Affairs held a meeting this morning with the Foreign Minister of Chile, Heraldo "
     "Muñoz.", "ESP", "2016", [("meeting", ("ESP",), ("CHL",), "2016-02-09")]),
    ("Statement by the Foreign Minister\n\nPublished on 30 July 2015\n\nTokyo, 2 June "
     "2015\n\nYesterday Foreign Minister Fumio Kishida received a telephone call from "
     "Secretary of State John Kerry.",
     "JPN", "2015", [("call", ("USA",), ("JPN",), "2015-06-01")]),
])
def test_the_statement_counts_from_its_own_dateline(text: str, issuer: str, date: str,
                                                    expected: list) -> None:
    assert _core(text, issuer, date) == expected


@pytest.mark.parametrize("text, issuer, date, expected", [
    # no dateline below: the publication line dates the text
    ("Posted on June 11, 2013\n\nEarlier today I held talks with the Foreign Minister of "
     "Brazil, who is visiting France.",
     "FRA", "2013", [("meeting", ("FRA",), ("BRA",), "2013-06-11")]),
    # a dateline later than the publication line is no earlier statement
    ("Posted on 2 October 2019\n\nBerlin, 14 November 2019\n\nToday Foreign Minister "
     "Heiko Maas met Polish Foreign Minister Jacek Czaputowicz in Berlin.",
     "DEU", "2019", [("meeting", ("DEU",), ("POL",), "2019-10-02")]),
])
def test_the_publication_line_alone_still_dates_the_text(text: str, issuer: str, date: str,
                                                         expected: list) -> None:
    assert _core(text, issuer, date) == expected
