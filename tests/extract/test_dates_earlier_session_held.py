"""An earlier occasion of the same series named as a point of reference ("ten
years after the second meeting of the mechanism, held in Accra in 2015", "since
the previous session, held in Lima in 2019") keeps its date to itself: the
session and the signing of today take the day told; an event's own "held in"
clause still dates it (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _dated(text: str) -> dict[str, str | None]:
    return {r.type: r.date.start
            for r in extract_text(text, issuer="ESP", date="2025-06-09").records}


@pytest.mark.parametrize("text", [
    "On the occasion, the ministers co-chaired the third meeting of the Spain–Ghana Joint "
    "Commission, ten years after the second meeting of the mechanism, held in Accra in 2015, "
    "and signed a Memorandum of Understanding on culture.",
    "Today the ministers signed an agreement on visas and co-chaired the Spain–Ghana Joint "
    "Commission, the first since the previous session, held in Accra in March 2019.",
    "Recalling the inaugural session, which was held in Accra in 2012, the ministers today "
    "co-chaired the Spain–Ghana Joint Commission and signed an agreement on fisheries.",
])
def test_the_earlier_session_keeps_its_date(text):
    got = _dated(text)
    assert got["commission"] == "2025-06-09"
    assert got["agreement"] == "2025-06-09"


@pytest.mark.parametrize(("text", "day"), [
    ("The ministers co-chaired the first meeting of the Spain–Ghana Joint Commission, held in "
     "Accra on 3 May, and signed an agreement on visas.", "2025-05-03"),
    ("The second session of the Spain–Peru Joint Commission, held in Lima on 2 June, ended "
     "with the signing of an agreement on visas.", "2025-06-02"),
])
def test_an_events_own_held_clause_still_dates_it(text, day):
    got = _dated(text)
    assert got["commission"] == day
    assert got["agreement"] == day
