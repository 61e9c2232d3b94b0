"""A review whose title names the one year it looks back on, published early in the
next year ("Kenya's 2023 diplomatic achievements" over "2024/01/05"): its months and its
undated events belong to the year reviewed, not the year of publication; a review
published at the end of the year it names keeps that year (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "date", "kind", "other", "day"), [
    ("Kenya's 2023 diplomatic achievements\n2024/01/05\nIn June, the President paid a state "
     "visit to Japan.", "2024", "visit", "JPN", "2023-06"),
    ("Foreign policy results of 2021\n\nJanuary 12, 2022\n\nIn March the Minister paid an "
     "official visit to Peru.", "2022", "visit", "PER", "2021-03"),
    ("Ministry reviews Kenya's diplomacy in 2020\n\n8 January 2021\n\nIn September the "
     "Minister met the President of Chile in Santiago.", "2021", "meeting", "CHL", "2020-09"),
    ("Looking back at 2022: the year of Kenyan diplomacy\n\n15.01.2023\n\nThe Minister "
     "travelled to Brazil in November.", "2023", "visit", "BRA", "2022-11"),
    ("Kenya's 2023 diplomatic achievements\n2024/01/05\nThe nation also signed a trade pact "
     "with India.", "2024", "agreement", "IND", "2023"),
    ("Kenyan diplomacy in 2023: results of the year\n\nDecember 28, 2023\n\nIn June the "
     "President paid a state visit to Japan.", "2023", "visit", "JPN", "2023-06"),
])
def test_the_year_reviewed(text: str, date: str, kind: str, other: str, day: str) -> None:
    recs = extract_text(text, issuer="KEN", date=date).records
    assert [r.date.start for r in recs if r.type == kind and other in r.to] == [day]
