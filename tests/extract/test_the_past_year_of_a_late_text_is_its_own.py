""""The past year" / "the last year" / "the past twelve months" are the twelve months
before the text's day, not the calendar year before: in a text dated in the second
half of a year ("Oslo, 20 December 2025: the Minister said that in the past year he
had talks with over 40 ministers"), most of them are of the text's own year, so the
sentence sets no past year for the events told after it in the paragraph. "Last year"
(no article), "the previous year", and "the past year" early in a year still set the
year before (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_AFTER = ("\nHe stressed the importance of the visit of Chilean President Ana Soto, on "
          "which occasion he also met his Chilean counterpart.")


def _core(day: str, sentence: str) -> list[tuple]:
    return records(f"Oslo, {day}\n\n{sentence}{_AFTER}", "NOR", {"visit", "meeting"})


@pytest.mark.parametrize("sentence", [
    "Minister Berg said that in the past year he had held talks with more than 40 "
    "foreign ministers, during visits and at conferences.",
    "Over the past year, Minister Berg held meetings with dozens of counterparts.",
    "Minister Berg recalled that during the last year he had received many foreign "
    "delegations.",
    "In the past twelve months the Minister paid visits to eleven countries, he said.",
    "Throughout the past year the Minister held talks with many counterparts abroad.",
    "Minister Berg noted that over the last year he had hosted numerous visits of "
    "ministers from the region.",
])
def test_the_past_year_in_december_is_the_texts_year(sentence: str) -> None:
    # (the day, or the year where the sentence makes the text a review)
    got = _core("20 December 2025", sentence)
    assert [r[:3] for r in got] == [("meeting", ("NOR",), ("CHL",)),
                                    ("visit", ("CHL",), ("NOR",))]
    assert all(r[3].startswith("2025") for r in got)


@pytest.mark.parametrize("day, sentence", [
    ("20 December 2025", "Minister Berg said that last year he had held talks with more "
     "than 40 foreign ministers, during visits and at conferences."),
    ("20 December 2025", "Minister Berg said that in the previous year he had held many "
     "meetings abroad."),
    ("12 February 2025", "Minister Berg said that over the past year he had held talks "
     "with more than 40 foreign ministers, during visits and at conferences."),
])
def test_last_year_or_an_early_text_keeps_the_year_before(day: str, sentence: str) -> None:
    assert _core(day, sentence) == [("meeting", ("NOR",), ("CHL",), "2024"),
                                    ("visit", ("CHL",), ("NOR",), "2024")]
