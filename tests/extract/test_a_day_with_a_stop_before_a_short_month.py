"""A day written with a stop before a short month's name ("30. Nov 2023", "4. Sept.
2022"), as ministries that write their datelines in the Central European way do,
is one day: the stop does not end a sentence there, so the dateline keeps its day
and does not leave a bare month to date the events told after it (sentences of
our own)."""

from __future__ import annotations

import pytest

from communique.extract._segment import paragraphs, sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for p in paragraphs(text) for s in sentences(text, p)]


@pytest.mark.parametrize("text", [
    "Talks in Vienna\n\n12. Mar 2024.\n\nIn Vienna, the Foreign Minister of Chile met the "
    "Foreign Minister of Austria.",
    "Minister Rossi with his Slovak counterpart\n\n4. Sept. 2022\n\nOn the sidelines of the "
    "OSCE Ministerial Council, the Minister of Foreign Affairs of Italy met the Foreign "
    "Minister of Slovakia.",
    "Foreign Minister visits Prague\n\n7. Oct 2021.\n\nOn the margins of the Council, the "
    "Minister met with the Foreign Minister of Czechia.",
])
def test_the_datelines_day_dates_the_meeting_after_it(ex, text):
    got = [r for r in ex(text, issuer="ITA", date=None, types=["meeting"])]
    assert got and all(len(r[3]) == 10 for r in got), got


@pytest.mark.parametrize(("text", "piece"), [
    ("Signed on 30. Nov 2023 in Bern.", "Signed on 30. Nov 2023 in Bern."),
    ("It met on 2. Feb. 2020 in Oslo.", "It met on 2. Feb. 2020 in Oslo."),
])
def test_the_stop_after_the_day_ends_no_sentence(text, piece):
    assert _sentences(text) == [piece]


def test_a_number_ending_a_sentence_before_a_name_still_ends_it():
    # a count that ends a sentence before a word that is no month
    text = "The delegation had 12. Novak then spoke."
    assert len(_sentences(text)) == 2
