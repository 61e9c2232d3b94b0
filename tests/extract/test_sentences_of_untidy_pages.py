"""Sentences of pages as they are copied: a day written with a stop ("On Tuesday,
25. September") does not end a sentence, and a stop that lost its space ("the EU
agenda.The Minister") still does (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._segment import paragraphs, sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for p in paragraphs(text) for s in sentences(text, p)]


@pytest.mark.parametrize("text", [
    "On Tuesday, 25. September, the Minister met his Vietnamese counterpart.",
    "On 7. October 2019 the Minister met his Vietnamese counterpart.",
    "The Minister met his Vietnamese counterpart on Friday, 3. May, in Hanoi.",
])
def test_a_day_with_a_stop_stays_in_its_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(("text", "parts"), [
    ("They discussed the EU agenda.Linkevicius then called for unity.",
     ["They discussed the EU agenda.", "Linkevicius then called for unity."]),
    ("The talks ended at noon.Later the Minister flew to Riga.",
     ["The talks ended at noon.", "Later the Minister flew to Riga."]),
])
def test_a_stop_without_its_space_ends_a_sentence(text: str, parts: list[str]) -> None:
    assert _sentences(text) == parts


@pytest.mark.parametrize("text", [
    "He met the U.S.Secretary of State.",
    "See e.g.This page.",
    "The Minister visited the www.mfa.Gov site.",
])
def test_abbreviations_and_addresses_are_not_cut_by_the_new_rule(text: str) -> None:
    assert _sentences(text) == [text]


def test_the_day_with_a_stop_dates_the_meeting() -> None:
    text = ("TALLINN, 26 September 2007. On Tuesday, 25. September, Foreign Minister Paet "
            "met with his Vietnamese counterpart in New York.")
    recs = extract_text(text, issuer="EST").records
    assert [(r.type, r.to, r.date.start) for r in recs if r.type == "meeting"] == [
        ("meeting", ["VNM"], "2007-09-25")]
