"""A visit told by the return from it: its days are those that ended on the day
of the return, and going back home is no visit of its own."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str, issuer: str = "GEO", date: str = "2023-06-09"):
    res = extract_text(text, issuer=issuer, date=date)
    return sorted((tuple(r.from_), tuple(r.to), r.date.start, r.date.end)
                  for r in res.records if r.type == "visit")


@pytest.mark.parametrize("text, start", [
    ("The Minister returned on Thursday from a three-day visit to Angola.", "2023-06-06"),
    ("On Thursday the President returned home after a four-day state visit to Japan.",
     "2023-06-05"),
    ("The Deputy Minister came back to Tbilisi on Thursday evening from a two-day official "
     "visit to Latvia.", "2023-06-07"),
])
def test_a_visit_told_by_its_return_spans_the_days_before_it(text, start):
    got = _visits(text)
    assert len(got) == 1
    assert got[0][2:] == (start, "2023-06-08")


def test_coming_back_home_is_not_a_visit_to_the_issuer():
    got = _visits("The Minister came back to Lisbon on Thursday from a three-day visit to Kenya.",
                  issuer="PRT")
    assert [(f, t) for f, t, _, _ in got] == [(("PRT",), ("KEN",))]


def test_a_visit_with_its_own_day_is_left_as_told():
    got = _visits("The Minister paid a three-day visit to Angola from Tuesday.")
    assert got == [(("GEO",), ("AGO",), "2023-06-06", None)]


def test_a_return_from_a_visit_told_with_no_length_keeps_the_day():
    got = _visits("The Minister returned on Thursday from an official visit to Angola.")
    assert got == [(("GEO",), ("AGO",), "2023-06-08", None)]
