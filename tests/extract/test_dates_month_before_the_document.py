"""A month named without its year that would fall after the document's day is
the last month of that name, in the year before ("went to Lima in November",
written in February); dates that fit the document's year keep it, and a later
date that is another event's (a summit "due in December") is not taken (texts
of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _dated(text: str, typ: str, date: str = "2025-02-12") -> list[str | None]:
    return [r.date.start for r in extract_text(text, issuer="ESP", date=date).records
            if r.type == typ]


@pytest.mark.parametrize(("text", "typ", "day"), [
    ("Her Turkish counterpart, for his part, went to Madrid in November and met the King.",
     "visit", "2024-11"),
    ("The Foreign Minister visited Egypt in October, three months before the current trip.",
     "visit", "2024-10"),
    ("In December the Minister paid an official visit to Brazil.", "visit", "2024-12"),
    ("The Minister had held talks with the Foreign Minister of Chile in Santiago on 9 December.",
     "meeting", "2024-12-09"),
    ("The Minister was in Peru from 28 to 30 November for an official visit.", "visit",
     "2024-11-28"),
])
def test_a_bare_month_after_the_document_day_is_last_year(text, typ, day):
    assert _dated(text, typ) == [day]


@pytest.mark.parametrize(("text", "typ", "day"), [
    # the month fits the document's year: it stays
    ("The Minister paid an official visit to Brazil in January.", "visit", "2025-01"),
    ("The Minister visited Peru on 3 February.", "visit", "2025-02-03"),
    # a later month is another event's: the meeting keeps its own day
    ("The Minister met the Foreign Minister of Chile on Monday to prepare the summit due in "
     "December.", "meeting", "2025-02-10"),
])
def test_a_month_that_fits_or_belongs_to_another_event_is_left(text, typ, day):
    assert _dated(text, typ) == [day]


def test_a_written_year_is_never_moved():
    assert "2024-10" not in _dated("The Minister visited Egypt in October 2025.", "visit")
    assert _dated("In December the Minister paid an official visit to Brazil.", "visit",
                  date="2025-12-20") == ["2025-12"]


@pytest.mark.parametrize("text", [
    "The ministers agreed to sign the treaty during the visit of the King to Lima in November.",
    "The Minister will hold talks in Rome with the Foreign Minister of Italy on 17 April.",
    "The two ministers signed a letter of intent and agreed that their teams will meet in "
    "Panama in November.",
])
def test_a_sentence_that_looks_ahead_keeps_the_coming_month_out(text):
    assert not any(d and d.startswith("2024") for typ in ("visit", "meeting", "agreement")
                   for d in _dated(text, typ, date="2025-02-12"))
