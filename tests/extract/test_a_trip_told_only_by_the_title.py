"""A trip told only by the title ("Trip to Rome by the Prince", "Visit to Madrid by
President A") over a body that tells what was done there and never the visit
itself: the title's visit is kept, dated by the body's first event with that
country. A body that tells the visit again keeps its own record alone (texts of
our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _visits(text: str) -> list[tuple[str, str, str]]:
    recs = extract_text(text, issuer="GHA", date="2025-11-14").records
    return sorted((r.from_[0] if r.from_ else "", r.to[0], r.date.start or "")
                  for r in recs if r.type == "visit" and r.to)


@pytest.mark.parametrize(("text", "want"), [
    ("Trip to Rome by President John Mensah of Ghana\n\n"
     "On Monday the President met the Italian Prime Minister.",
     [("GHA", "ITA", "2025-11-10")]),
    ("Visit to Madrid by the Foreign Minister\n\n"
     "The Minister laid a wreath and held talks with his Spanish counterpart on Tuesday.",
     [("GHA", "ESP", "2025-11-11")]),
    ("Visit of the French President to Ghana\n\n"
     "The President received his French counterpart on Tuesday.",
     [("FRA", "GHA", "2025-11-11")]),
])
def test_the_titles_trip_is_kept(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _visits(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # the body tells the visit again: one record, the body's
    ("Visit to Paris by the Foreign Minister\n\n"
     "The Minister arrived in Paris on Monday. He met the French Prime Minister.",
     [("GHA", "FRA", "2025-11-10")]),
    # a trip only planned, in the title and the body
    ("Minister to visit Paris next month\n\n"
     "The Minister will travel to France in December for talks.", []),
    # a title with no trip in it
    ("President John Mensah in talks with Chancellor\n\n"
     "The President met the German Chancellor on Tuesday.", []),
])
def test_no_second_or_untold_trip(text: str, want: list[tuple[str, str, str]]) -> None:
    assert _visits(text) == want
