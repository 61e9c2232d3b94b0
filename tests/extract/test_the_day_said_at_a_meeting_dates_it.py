"""The day a statement was made is the report's day ("an official said on Monday"),
unless the statement was made at an event told right after it ("said on Monday
during a meeting with", "stated Monday at talks with", "said on Monday after
meeting"): that day is the event's day too (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _records(text: str):
    recs = extract_text(text, issuer="CHL", date="2024-05-08").records
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in recs)


# 8 May 2024 is a Wednesday; the Monday before is the 6th
@pytest.mark.parametrize("text", [
    "Chile stands ready to help, Foreign Minister Ana Rojas said on Monday at a meeting "
    "with the Ambassador of Bolivia.",
    "Chile stands ready to help, Foreign Minister Ana Rojas stated Monday during talks "
    "with the Ambassador of Bolivia.",
    "Foreign Minister Ana Rojas said on Monday, during her meeting with the new Bolivian "
    "Ambassador Luis Mora, that Chile stands ready to help.",
    "Trade between the two countries is growing, Minister Ana Rojas noted on Monday in "
    "the course of a meeting with the Bolivian Ambassador.",
])
def test_the_day_of_the_statement_dates_the_meeting(text):
    assert _records(text) == [("meeting", ("CHL",), ("BOL",), "2024-05-06")]


def test_the_day_of_a_report_alone_dates_nothing():
    text = ("Foreign Minister Ana Rojas met the Ambassador of Bolivia on 2 May. Chile stands "
            "ready to help, she said on Monday.")
    assert _records(text) == [("meeting", ("CHL",), ("BOL",), "2024-05-02")]


def test_the_day_of_a_statement_about_an_earlier_meeting_is_not_its_day():
    text = ("Foreign Minister Ana Rojas said on Monday that her meeting with the Ambassador "
            "of Bolivia on 2 May had been useful.")
    assert [r[3] for r in _records(text)] == ["2024-05-02"]
