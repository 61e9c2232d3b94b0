"""A page's date under its label ("date 2024-05-06", "Published on 6 May 2024",
"Posted: 06.05.2024") on the same line as the first sentence is the day the page was
filed, as a news dateline's date is: a weekday or "yesterday" the sentence tells
dates the event, counted back from it. With no day of its own the event keeps the
label's day (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import event, probe, records

_CASES = [
    probe(("date 2024-05-06 Foreign Minister Amina Diallo Sunday held talks with her "
           "Moroccan counterpart in Rabat.", "SEN"),
          (event("meeting", "SEN", "MAR", "2024-05-05"),)),
    probe(("Published on 6 May 2024 The Minister on Saturday met the Foreign Minister of "
           "Peru in Lima.", "CHL"), (event("meeting", "CHL", "PER", "2024-05-04"),)),
    probe(("Posted: 06.05.2024 President Ruiz yesterday received the Ambassador of "
           "Japan.", "ECU"), (event("meeting", "ECU", "JPN", "2024-05-05"),)),
    probe(("Date: May 6, 2024 Minister Berg held talks with Estonian Foreign Minister "
           "Kask on Friday in Tallinn.", "NOR"), (event("meeting", "NOR", "EST", "2024-05-03"),)),
    # no day of its own: the label's
    probe(("date 2024-05-06 Foreign Minister Amina Diallo held talks with her Moroccan "
           "counterpart in Rabat.", "SEN"), (event("meeting", "SEN", "MAR", "2024-05-06"),)),
    # a date that is the event's own, on a line with no label
    probe(("On 6 May 2024 the Minister met the Foreign Minister of Peru in Lima.", "CHL"),
          (event("meeting", "CHL", "PER", "2024-05-06"),)),
]


@pytest.mark.parametrize("text,issuer,expected", _CASES)
def test_a_page_date_label_on_the_first_sentences_line(text: str, issuer: str,
                                                       expected: list[tuple]) -> None:
    assert records(text, issuer, {"meeting"}, date="2024") == expected
