"""An arrival told with the day of the occasion it came for ("arrived in the Zambian
capital on Wednesday ahead of the session, which took place on Thursday"): the visit
takes the arrival's day, and the sentences that go on about the occasion ("The
ministers signed the Agreed Minutes of the session", "On the margins of the session,
...") take the occasion's day (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

_NEXT = ("\n\nThe ministers signed the Agreed Minutes of the session and a memorandum on energy."
         "\n\nOn the margins of the session, Moyo also paid a courtesy call on the President of "
         "Zambia.")


def _brief(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(r.type, r.to, r.date.start)
            for r in extract_text(text, issuer="ZWE", date="2025-07-25").records
            if r.type in ("visit", "agreement", "meeting")]


@pytest.mark.parametrize("opening", [
    "Foreign Minister Ana Moyo arrived in the Zambian capital on Wednesday ahead of the "
    "session, which took place on Thursday and which she co-chaired with her counterpart.",
    "Foreign Minister Ana Moyo arrived in Lusaka on Wednesday for the Joint Permanent "
    "Commission, which was held on Thursday.",
    "Foreign Minister Ana Moyo landed in Zambia on Wednesday evening for the ministerial "
    "session, which opened on Thursday.",
])
def test_the_occasions_day_goes_on_after_the_arrival(opening):
    recs = _brief(opening + _NEXT)
    assert recs[0] == ("visit", ["ZMB"], "2025-07-23")
    assert ("agreement", ["ZMB"], "2025-07-24") in recs
    assert ("meeting", ["ZMB"], "2025-07-24") in recs


def test_an_arrival_alone_still_carries_its_day():
    recs = _brief("Foreign Minister Ana Moyo arrived in Lusaka on Wednesday for talks." + _NEXT)
    assert ("agreement", ["ZMB"], "2025-07-23") in recs
