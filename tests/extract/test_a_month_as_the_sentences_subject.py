"""A month as the subject of a review's sentence ("September was dominated by the General
Assembly, where ...", "October opened with talks", "March was busy: ...", "June also saw
...") dates the events the sentence tells; "The March was peaceful" (a march) and "May" the
verb do not (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_CORE = {"visit", "meeting", "call"}


@pytest.mark.parametrize("text, month", [
    ("September was dominated by the UN General Assembly, where the Minister met the "
     "Foreign Minister of India.", "2023-09"),
    ("September was marked by the visit of the Minister to India.", "2023-09"),
    ("March was busy: the Minister visited India.", "2023-03"),
    ("October opened with talks in Bratislava with the Foreign Minister of India.",
     "2023-10"),
    ("June also saw the Minister hold a telephone conversation with his Indian "
     "counterpart.", "2023-06"),
    ("April began with the Minister's visit to India.", "2023-04"),
])
def test_the_month_dates_the_sentences_events(text: str, month: str) -> None:
    got = records(text, "SVK", _CORE, date="2023")
    assert got and all(r[2] == ("IND",) and r[3] == month for r in got)


@pytest.mark.parametrize("text", [
    "The March was peaceful, and the Minister met the Foreign Minister of India in Delhi.",
    "The Minister met the Foreign Minister of India, who said talks may begin soon.",
])
def test_no_month_where_none_is_the_subject(text: str) -> None:
    assert records(text, "SVK", _CORE, date="2023") == [
        ("meeting", ("SVK",), ("IND",), "2023")]
