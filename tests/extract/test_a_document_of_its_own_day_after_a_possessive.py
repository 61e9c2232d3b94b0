"""A date joined by "of" to a document, a decision or a statement that a possessive
or an article opens ("its note verbale of 28 February", "her letter of 26 February",
"their decision of 20 February", "a memorandum of 24 February") is that thing's day,
not the day of the talks the sentence tells more of: the talks told before keep their
own day, and no second meeting is made of the retelling. A meeting or a visit so
dated ("his visit of 20 February") is still an occasion's day (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_LEAD = ("Talks between Foreign Minister Lena Hof and the Ambassador of Portugal, Rui "
         "Costa, took place today, March 3, 2025, at the request of Lisbon. ")


def _meetings(text: str) -> list[tuple]:
    return records(text, "AUT", {"meeting"}, date="2025")


@pytest.mark.parametrize("second", [
    "During the talks, Minister Hof set out Austria's view, asking the Portuguese envoy "
    "to recall its note verbale of 28 February 2025.",
    "In the conversation, the Minister asked Portuguese ambassador to take back her "
    "letter of 26 February 2025.",
    "At the meeting, Minister Hof rejected their decision of 20 February 2025 and asked "
    "Portuguese ambassador to explain it.",
    "During the talks, the Minister handed the Portuguese envoy a memorandum of 24 "
    "February 2025 on the dispute.",
    "During the talks, Minister Hof referred to his statement of 27 February 2025, "
    "asking Portuguese ambassador for an explanation.",
])
def test_the_talks_keep_their_day(second: str) -> None:
    assert _meetings(_LEAD + second) == [("meeting", ("AUT",), ("PRT",), "2025-03-03")]


def test_a_visit_of_its_day_is_still_an_occasion() -> None:
    # a near miss: a meeting's own day after "of" stays the day of a meeting
    text = ("Vienna, 3 March 2025\n\nForeign Minister Lena Hof met the Ambassador of "
            "Portugal, Rui Costa, during his visit of 20 February 2025 to Graz.")
    assert _meetings(text) == [("meeting", ("AUT",), ("PRT",), "2025-02-20")]
