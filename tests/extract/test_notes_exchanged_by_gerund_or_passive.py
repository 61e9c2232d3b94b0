"""An exchange of notes told by the gerund or the passive ("including exchanging notes
on a grant in September", "notes were exchanged with Benin on grant aid", "Diplomatic
notes have been exchanged") is an agreement with the partner, as the active verb and
the noun already were (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_CASES = [
    ("JPN", "Japan also supports Cabo Verde's development, including exchanging notes on a "
     "grant for fisheries equipment in September.", "CPV", "2023-09"),
    ("JPN", "In March, notes were exchanged with Benin on grant aid for school buildings.",
     "BEN", "2023-03"),
    ("KOR", "On 4 July diplomatic notes were exchanged between Korea and Laos on a loan for "
     "a hospital.", "LAO", "2023-07-04"),
    ("DEU", "The embassy and the Ministry of Finance of Zambia are exchanging notes on a "
     "new credit line this week.", "ZMB", "2023"),
]


@pytest.mark.parametrize(("issuer", "text", "partner", "date"), _CASES)
def test_an_agreement(issuer: str, text: str, partner: str, date: str) -> None:
    got = records(text, issuer, {"agreement"}, date="2023")
    assert [(r[2], r[3]) for r in got] == [((partner,), date)]


def test_notes_taken_are_no_agreement() -> None:
    assert records("Notes were taken by the secretariat of Kenya during the meeting.",
                   "JPN", {"agreement"}, date="2023") == []
