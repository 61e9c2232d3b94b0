"""A bare weekday whose own verb is past ("on Thursday signed", "met on Tuesday") is
the last one, even when a later clause of the sentence looks ahead ("an agreement that
officials say will protect ...", "talks which will resume in May"); a weekday in the
clause that looks ahead is still the coming one (texts of our own; the document is
dated Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _brief(text: str, issuer: str = "GHA") -> list[tuple[str, list[str], str | None]]:
    return [(r.type, r.from_ + r.to, r.date.start)
            for r in extract_text(text, issuer=issuer, date="2025-09-12").records]


@pytest.mark.parametrize(("text", "kind"), [
    ("Ghana and Canada on Thursday signed a youth mobility agreement that officials say will "
     "open jobs to thousands of graduates.", "agreement"),
    ("The Foreign Minister of Ghana met the Canadian Minister of International Development "
     "on Thursday, and the two agreed that the new programme will start next year.",
     "meeting"),
    ("On Thursday the Foreign Minister of Ghana held talks with her Canadian counterpart, "
     "who said Canada will double its support to the programme.", "meeting"),
    ("The Foreign Minister of Ghana on Thursday received the Ambassador of Canada, who will "
     "leave Accra at the end of his tour of duty.", "meeting"),
])
def test_a_weekday_told_with_a_past_verb_is_the_last_one(text, kind):
    assert (kind, ["GHA", "CAN"], "2025-09-11") in _brief(text)


@pytest.mark.parametrize("text", [
    "On Thursday the Foreign Minister of Ghana will travel to Ottawa for talks with her "
    "Canadian counterpart.",
    "The Foreign Minister of Ghana is to meet the Canadian Minister of Trade on Thursday.",
])
def test_a_weekday_in_a_clause_that_looks_ahead_is_the_coming_one(text):
    assert all(d != "2025-09-11" for _, _, d in _brief(text))
