"""A session of so many days told by its end ("a two-day meeting of the Ministerial
Council was concluded", "the three-day conference of the Union was closed on 9 May"):
the session was held, and its one day told (or the page's) is its last, so it runs from
so many days before. A session "held" on a day, or attended on it, keeps that day
(sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _sessions(text: str, issuer: str, date: str = "2019") -> list[tuple]:
    res = extract_text(text, issuer=issuer, date=date)
    return sorted((tuple(r.from_), r.date.start, r.date.end) for r in res.records
                  if r.type == "multilateral")


@pytest.mark.parametrize("text, issuer, date, expected", [
    ("In Vienna, a two-day meeting of the OSCE Ministerial Council was concluded on "
     "6 December.", "AUT", "2019", [(("AUT",), "2019-12-05", "2019-12-06")]),
    ("A three-day session of the Council of the Baltic Sea States was closed in Riga on "
     "9 May.", "LVA", "2019", [(("LVA",), "2019-05-07", "2019-05-09")]),
    ("The two-day summit of the Three Seas Initiative in Tallinn was concluded today.",
     "EST", "2019-06-06", [(("EST",), "2019-06-05", "2019-06-06")]),
    ("On 14 March the four-day conference of the Union for the Mediterranean was concluded "
     "in Barcelona.", "ESP", "2019", [(("ESP",), "2019-03-11", "2019-03-14")]),
])
def test_a_session_of_days_ended_runs_back_from_its_end(text: str, issuer: str, date: str,
                                                        expected: list) -> None:
    assert _sessions(text, issuer, date) == expected


@pytest.mark.parametrize("text, issuer, expected", [
    ("The Minister attended the two-day meeting of the OSCE Ministerial Council in "
     "Bratislava on 5 December.", "HUN", [(("HUN",), "2019-12-05", None)]),
    ("The OSCE Ministerial Council was held in Vienna on 5 December.", "AUT",
     [(("AUT",), "2019-12-05", None)]),
])
def test_a_session_held_or_attended_on_a_day_keeps_it(text: str, issuer: str,
                                                      expected: list) -> None:
    assert _sessions(text, issuer) == expected
