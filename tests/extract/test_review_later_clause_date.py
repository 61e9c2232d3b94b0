"""A year-end review's month told in a later clause with partners of its own dates
that clause's occasion only; the clauses before it keep the review's year. A later
clause naming no side, or the same sides, tells the same occasion."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import CORE, records

HEAD = "Our diplomacy in 2023: the year in review\n\n"


def _core(text: str) -> list[tuple]:
    return records(HEAD + text, "EST", CORE, date="2023")


@pytest.mark.parametrize("text, dated, undated", [
    ("The Minister made working trips to Finland, Latvia and Poland, and an official "
     "visit to Japan in September.", [("visit", "JPN", "2023-09")],
     [("visit", "FIN"), ("visit", "LVA"), ("visit", "POL")]),
    ("The Minister travelled to Finland and Latvia, and paid a state visit to Japan in "
     "September.", [("visit", "JPN", "2023-09")], [("visit", "FIN"), ("visit", "LVA")]),
    ("The Minister met the foreign ministers of Spain and Italy, and held talks with the "
     "Japanese foreign minister in May.", [("meeting", "JPN", "2023-05")],
     [("meeting", "ESP"), ("meeting", "ITA")]),
    ("We received the foreign ministers of Moldova, Georgia and Ireland; the visit of the "
     "Moldovan minister in April was the first in nine years.",
     [("visit", "MDA", "2023-04")], [("", "GEO"), ("", "IRL")]),
])
def test_review_later_clause_month_is_its_own(text: str, dated: list, undated: list) -> None:
    got = _core(text)
    for kind, to, date in dated:
        assert any(r[0] == kind and to in r[1] + r[2] and r[3] == date for r in got), got
    for kind, to in undated:  # (any type when none is named: a guest received)
        theirs = [r for r in got if to in r[1] + r[2] and r[0].startswith(kind)]
        assert theirs and all(r[3] == "2023" for r in theirs), got


@pytest.mark.parametrize("text, kind, to, date", [
    # the same sides: one occasion, its month
    ("The Minister chose Saudi Arabia for his first trip abroad, and held talks in "
     "Riyadh in July with Prince Faisal bin Farhan.", "visit", "SAU", "2023-07"),
    # no side named after: the visit's day too
    ("The Minister visited Finland and held talks with the President on 5 May.",
     "visit", "FIN", "2023-05-05"),
])
def test_review_later_clause_same_occasion_shares_time(text: str, kind: str, to: str,
                                                       date: str) -> None:
    assert any(r[0] == kind and r[2] == (to,) and r[3] == date for r in _core(text))


def test_readout_later_clause_month_unchanged() -> None:
    """A readout (no review) is one occasion's text: the month is shared as before."""
    got = records("The Minister visited Finland and Latvia, and paid an official visit to "
                  "Japan in September.", "EST", CORE, date="2023")
    assert ("visit", ("EST",), ("FIN",), "2023-09") in got
