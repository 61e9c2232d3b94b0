""""On the same day", "later that day", "the following day" at the end of a
sentence refer to the day told before, as they do when they open it; a
sentence with a date of its own keeps it (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str) -> list[str | None]:
    return [r.date.start for r in extract_text(text, issuer="ESP", date="2024").records
            if r.type == "meeting"]


@pytest.mark.parametrize(("text", "day"), [
    ("Review of 2024\n\nOn 13 June, the President of Chile paid a working visit to Madrid. He "
     "held talks with the King at the Royal Palace on the same day.", "2024-06-13"),
    ("Review of 2024\n\nOn 2 March, the Minister paid an official visit to Peru. She was "
     "received by the President of Peru later that day.", "2024-03-02"),
    ("Review of 2024\n\nThe Minister arrived in Rome on 4 April. She met the Foreign Minister "
     "of Italy the following day.", "2024-04-05"),
    ("Review of 2024\n\nThe Minister travelled to Accra on 20 October and held talks with the "
     "Foreign Minister of Ghana there later the same day.", "2024-10-20"),
])
def test_a_same_day_phrase_late_in_the_sentence_takes_the_day_told(text, day):
    assert _meetings(text) == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("Review of 2024\n\nOn 13 June the Minister visited Chile. She met the Foreign Minister "
     "of Peru on 20 June, the same day the summit opened.", "2024-06-20"),
    ("Review of 2024\n\nOn 13 June the Minister visited Chile. In September she met the "
     "Foreign Minister of Peru, who had arrived the same day.", "2024-09"),
])
def test_a_sentence_with_its_own_date_keeps_it(text, day):
    assert _meetings(text)[-1] == day
