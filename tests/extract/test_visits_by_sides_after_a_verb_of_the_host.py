"""Visits told by their noun with the visitors after "by", after a verb of the host ("Kenya
had concluded three state visits by Ghana and Togo", "had official visits by", "completed
working visits by the foreign ministers of A, B and C"): the visits of those after "by" to
the host, not of the host. A visit the subject concluded abroad ("concluded a state visit
to Ghana") stays its own; visits exchanged by two sides name no one visit (texts of our
own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_V = {"visit"}


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("She said Namibia had concluded three state visits by Angola, Zambia and Malawi.",
     "NAM", [("AGO", "NAM"), ("MWI", "NAM"), ("ZMB", "NAM")]),
    ("Highlighting the year, the Minister said Chile had official visits by Peru and "
     "Uruguay.", "CHL", [("PER", "CHL"), ("URY", "CHL")]),
    ("Ghana completed working visits by the foreign ministers of Chad, Niger and Mali in "
     "March.", "GHA", [("MLI", "GHA"), ("NER", "GHA"), ("TCD", "GHA")]),
    ("In May, Thailand wrapped up two state visits by the kings of Spain and Norway.",
     "THA", [("ESP", "THA"), ("NOR", "THA")]),
    ("Portugal concluded three official visits by Brazil, Angola and Mozambique last "
     "year, the Secretary of State said.", "PRT", [("AGO", "PRT"), ("BRA", "PRT"),
                                                    ("MOZ", "PRT")]),
])
def test_the_visitors_after_by(text: str, issuer: str, expected: list[tuple]) -> None:
    got = records(text, issuer, _V, date="2019-12-05")
    assert sorted((r[1][0], r[2][0]) for r in got) == expected


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("The President concluded a state visit to Ghana on Monday.", "KEN", [("KEN", "GHA")]),
    ("Kenya and Ghana exchanged state visits by their presidents.", "KEN", []),
    ("The Foreign Minister concluded her visit to Brazil with a press conference.", "PRT",
     [("PRT", "BRA")]),
])
def test_visits_of_the_subject_or_none(text: str, issuer: str, expected: list[tuple]) -> None:
    got = records(text, issuer, _V, date="2019-12-05")
    assert sorted((r[1][0], r[2][0]) for r in got) == expected
