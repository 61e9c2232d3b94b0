"""An arrival told after the day the text is about, on an earlier day ("... co-chaired
the Joint Commission in Jakarta on Thursday. The Malaysian minister arrived on
Wednesday evening for a two-day visit."), is background: the visit keeps its own day,
and the undated events told next are of the later day, not of the arrival's. An
arrival told first is the day the text goes on with, as before (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _dated(text: str) -> list[tuple[str, str | None]]:
    recs = extract_text(text, issuer="IDN", date="2025-10-03").records
    return sorted((r.type, r.date.start) for r in recs
                  if r.type in ("visit", "meeting", "agreement", "commission"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Jakarta - Foreign Minister Sugiono and his Malaysian counterpart co-chaired the Joint "
     "Commission in Jakarta on Thursday. The Malaysian minister arrived in the capital on "
     "Wednesday evening for a two-day working visit. Officials of the two countries signed "
     "a memorandum of understanding.",
     [("agreement", "2025-10-02"), ("commission", "2025-10-02"), ("visit", "2025-10-01")]),
    ("Jakarta - The Minister met the Foreign Minister of Malaysia in Jakarta on 2 October. "
     "The Malaysian guest had arrived in Jakarta on 1 October for an official visit. The two "
     "sides signed an agreement on labour migration.",
     [("agreement", "2025-10-02"), ("meeting", "2025-10-02"), ("visit", "2025-10-01")]),
    ("Jakarta - Talks between the Minister and the Foreign Minister of Thailand took place "
     "on Thursday. The Thai minister arrived in Jakarta on Tuesday for a three-day visit. "
     "The ministers signed a memorandum on fisheries.",
     [("agreement", "2025-10-02"), ("meeting", "2025-10-02"), ("visit", "2025-09-30")]),
])
def test_the_later_day_goes_on(text: str, expected: list) -> None:
    assert _dated(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the arrival told first: its day goes on
    ("Jakarta - The Foreign Minister of Malaysia arrived in Jakarta on Wednesday for a "
     "working visit. Later in the day, the two ministers signed a memorandum.",
     [("agreement", "2025-10-01"), ("visit", "2025-10-01")]),
    # a later arrival (no flashback): the text goes on with it
    ("Jakarta - The Minister met the Foreign Minister of Malaysia on Monday. The Thai "
     "Foreign Minister arrived in Jakarta on Wednesday for a visit. The two ministers "
     "signed a memorandum on fisheries.",  # (the memorandum is the Thai visit's)
     [("agreement", "2025-10-01"), ("meeting", "2025-09-29"), ("visit", "2025-10-01")]),
])
def test_an_arrival_in_order(text: str, expected: list) -> None:
    assert _dated(text) == sorted(expected)
