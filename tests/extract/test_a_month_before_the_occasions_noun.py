"""A month written as the word before an occasion's noun, after a determiner ("a
January visit to Kenya", "her March trip", "their May meeting", "the October
talks"), dates the occasion to that month, as "a visit in January" does; the
document's own day is not the occasion's. "may visit" the verb, and a month that
qualifies something else, date nothing (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _core(text: str, issuer: str, date: str = "2020-11-27") -> list[tuple]:
    recs = extract_text(text, issuer=issuer, date=date).records
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start)
                  for r in recs if r.type in ("visit", "meeting", "call"))


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("That echoes remarks the Secretary made during a January visit to Kenya.", "USA",
     [("visit", ("USA",), ("KEN",), "2020-01")]),
    ("The Minister recalled her February visit to Ghana and its results.", "NOR",
     [("visit", ("NOR",), ("GHA",), "2020-02")]),
    ("Their May meeting in Accra with the Ghanaian Foreign Minister was useful.", "TGO",
     [("meeting", ("TGO",), ("GHA",), "2020-05")]),
    ("The President praised his April talks with the Peruvian leader.", "CHL",
     [("meeting", ("CHL",), ("PER",), "2020-04")]),
    ("An October state visit to Chile by the Peruvian President set the tone.", "CHL",
     [("visit", ("PER",), ("CHL",), "2020-10")]),
])
def test_the_month_before_the_noun_dates_the_occasion(text, issuer, expected):
    assert _core(text, issuer) == expected


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    # "may" the verb: a visit not made, no month either
    ("The Premier may visit Ghana soon, officials said.", "KEN", []),
    # the month qualifies a report, not the visit: the visit keeps the document's day
    ("Today the Minister visited Ghana, the May report said.", "KEN",
     [("visit", ("KEN",), ("GHA",), "2020-11-27")]),
])
def test_no_month_where_none_qualifies_the_occasion(text, issuer, expected):
    assert _core(text, issuer) == expected
