""""During Minister A's stay, ..." after a sentence that told several guests' days is
the day of that guest's visit, not the first day the sentence named; a day written
in the sentence still counts (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_REVIEW = "Review of the year 2024\n\nIn the year under review the Ministry was active.\n\n"
_GUESTS = ("Freetown received the Vice President of Nigeria on 9 and 10 March, and the Foreign "
           "Minister of Ghana, Mr Kofi Mensah, on 21 May. ")


def _agreements(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(r.to), r.date.start)
            for r in extract_text(text, issuer="SLE", date="2024").records
            if r.type == "agreement"]


@pytest.mark.parametrize("text", [
    "During Minister Mensah's stay, the two Ministers signed an agreement on visas.",
    "During Mr Mensah's visit, the two Ministers signed an agreement on visas.",
    "During Minister Kofi Mensah's two-day stay, the two Ministers signed an agreement on "
    "visas.",
])
@pytest.mark.parametrize("review", [True, False])
def test_the_named_guests_stay_is_its_day(text, review):
    got = _agreements((_REVIEW if review else "") + _GUESTS + text)
    assert got == [(("GHA",), "2024-05-21")]


def test_a_day_written_in_the_sentence_still_counts():
    text = _GUESTS + ("During Minister Mensah's stay, on 22 May, the two Ministers signed an "
                      "agreement on visas.")
    assert _agreements(_REVIEW + text) == [(("GHA",), "2024-05-22")]
