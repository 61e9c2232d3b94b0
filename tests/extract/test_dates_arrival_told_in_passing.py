"""An arrival told in passing ("The Minister of Ghana, who arrived in Madrid on
Tuesday evening, was welcomed at the airport") dates the visit, but not the
sentences that follow: they go on with the day the text is about; an arrival
told as the main clause still carries its day (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

OPENING = ("The Minister of Foreign Affairs received the Ambassador of Japan this Thursday "
           "6 March 2025 in his office.\n\n")


def _brief(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(r.type, r.from_ + r.to, r.date.start)
            for r in extract_text(text, issuer="ESP", date="2025-03-06").records]


@pytest.mark.parametrize("aside", [
    "The Foreign Minister of Ghana, who arrived in Madrid on Wednesday evening at the head of a "
    "large delegation, was welcomed at the airport by the Secretary of State.",
    "President Mahama, who had landed in Madrid on Tuesday night, was greeted by the Minister.",
    "The Ghanaian Minister, who arrived in the capital yesterday, laid a wreath at the "
    "monument.",
])
def test_the_day_of_an_arrival_in_passing_is_not_carried_on(aside):
    text = OPENING + aside + "\n\nThe Ghanaian guest was then received by the King."
    recs = _brief(text)
    assert recs[-1] == ("meeting", ["ESP", "GHA"], "2025-03-06")
    assert [d for t, _, d in recs if t == "visit"] != ["2025-03-06"]


def test_an_arrival_in_the_main_clause_still_carries_its_day():
    text = (OPENING + "The Foreign Minister of Ghana arrived in Madrid on Wednesday evening.\n\n"
            "The Ghanaian guest was then received by the King.")
    assert _brief(text)[-1] == ("meeting", ["ESP", "GHA"], "2025-03-05")



@pytest.mark.parametrize(("text", "visit", "meeting"), [
    (OPENING + "The Foreign Minister of Ghana, who arrived in Madrid late on Wednesday, was "
     "also received by the King at the Royal Palace.", "2025-03-05", "2025-03-06"),
    ("The Foreign Minister of Ghana, who arrived in Madrid on Tuesday, held talks with the "
     "Minister on Wednesday.", "2025-03-04", "2025-03-05"),
])
def test_the_arrival_dates_the_visit_not_the_meeting_of_the_main_clause(text, visit, meeting):
    recs = _brief(text)
    assert [d for t, _, d in recs if t == "visit"] == [visit]
    assert [d for t, _, d in recs if t == "meeting"][-1] == meeting


def test_a_main_clause_dated_by_the_arrival_keeps_its_day():
    text = ("The Foreign Minister of Ghana, who arrived in Madrid on Tuesday for a two-day "
            "visit, called on the King on the day of his arrival.")
    assert [d for t, _, d in _brief(text) if t == "meeting"] == ["2025-03-04"]
