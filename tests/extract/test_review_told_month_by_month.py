"""A text that tells five months or more of a year is a review of it, whatever its
title says; readouts, briefings and digests name fewer (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text
from communique.extract._context import is_review

_MONTHS = ("In January the Minister visited Ghana. In March she received the Foreign "
           "Minister of Chile. In April consultations with Peru were held in Lima. In June "
           "the Minister took part in the ministerial meeting in Brussels. In September "
           "she addressed the General Assembly.")


@pytest.mark.parametrize("title", [
    "Viet Nam's diplomacy in 2025: a year of breakthroughs",
    "Balance of the activities of the first semester",
    "Our foreign policy, twelve months on",
    "YEAR-END STATEMENT BY THE MINISTER",
])
def test_a_text_telling_five_months_is_a_review(title: str) -> None:
    assert is_review(f"{title}\n\n{_MONTHS}\n", 2025)


@pytest.mark.parametrize("text", [
    # a readout with background of earlier months
    "The Minister received the Foreign Minister of Chile on 12 May. They recalled the "
    "visit of March and the consultations held in April, and agreed to meet in June.",
    # a digest of a week
    "Weekly summary, 12-16 May 2025\n\nMonday 12 May: the Minister met the Ambassador of "
    "Peru. Wednesday 14 May: consultations with Ecuador.",
])
def test_a_text_naming_a_few_months_is_no_review(text: str) -> None:
    assert not is_review(text, 2025)


def test_a_review_dates_an_event_told_without_a_day_by_its_year_not_the_dateline() -> None:
    text = ("Our diplomacy in the first half of 2025\n\nRabat, 2 July 2025\n\n" + _MONTHS
            + " The Minister also received the Foreign Minister of Senegal.\n")
    recs = extract_text(text, issuer="MAR", date="2025-07-02").records
    senegal = [r.date.start for r in recs if r.type == "meeting" and "SEN" in r.to]
    assert senegal and all(d is not None and not d.startswith("2025-07-02") for d in senegal)
