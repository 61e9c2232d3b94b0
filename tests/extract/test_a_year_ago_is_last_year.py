""""a year ago" / "one year ago" dates an event to the year before the document's,
as "last year" does, with a day of the document known or only its year ("The Minister
met the Foreign Minister of Chile a year ago in Santiago"); a word that only begins
like it ("agony") is no date (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _dates(text: str, date: str) -> list[tuple[str, list[str], str | None]]:
    recs = extract_text(text, issuer="ESP", date=date).records
    return sorted((r.type, r.to, r.date.start) for r in recs if r.type in ("meeting", "visit"))


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("The Minister met the Foreign Minister of Chile a year ago in Santiago.", "2023",
     [("meeting", ["CHL"], "2022")]),
    ("A year ago, the Minister held talks with his Peruvian counterpart in Lima.",
     "2023-05-19", [("meeting", ["PER"], "2022")]),
    ("The Secretary of State visited Bolivia one year ago, the first such visit in a "
     "decade.", "2024-02-01", [("visit", ["BOL"], "2023")]),
    ("The two ministers had already talked one year ago in Quito, when the Minister "
     "met the Foreign Minister of Ecuador.", "2021", [("meeting", ["ECU"], "2020")]),
])
def test_a_year_ago(text: str, date: str, expected: list) -> None:
    assert _dates(text, date) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # no "ago": the document's own year
    ("The Minister met the Foreign Minister of Chile this year in Santiago.",
     [("meeting", ["CHL"], "2023")]),
    # a longer word: no date in it
    ("After a year agony of talks, the Minister met the Foreign Minister of Chile.",
     [("meeting", ["CHL"], "2023")]),
])
def test_no_year_ago(text: str, expected: list) -> None:
    assert _dates(text, "2023") == sorted(expected)
