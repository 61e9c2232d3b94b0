"""A title that names a country's diplomacy or foreign policy "in" a year, "2025 in
review" or a half of a year makes the text a review, however few months it names: its
undated events take the year, not the date line's day. A title about a coming year
(in a text of the year before) does not."""

from __future__ import annotations

import pytest

from communique.extract._context import is_review


@pytest.mark.parametrize("title", [
    "Our diplomacy in 2025",
    "Georgia's foreign policy in the year 2025: results and figures",
    "Foreign relations of Mongolia in 2025",
    "2025 in review: the Ministry's year",
    "The first half of 2025 in our external relations",
])
def test_a_title_of_a_years_diplomacy_makes_a_review(title):
    text = f"{title}\n\n30 December 2025\n\nThe Minister received the Foreign Minister of Ghana."
    assert is_review(text, 2025)


@pytest.mark.parametrize("title", [
    "Minister sets out Georgia's foreign policy in 2026",
    "Foreign Minister meets his Ghanaian counterpart",
    "Diplomacy week: the Minister in Accra",
])
def test_other_titles_leave_a_readout(title):
    text = f"{title}\n\n30 December 2025\n\nThe Minister received the Foreign Minister of Ghana."
    assert not is_review(text, 2025)
