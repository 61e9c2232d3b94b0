"""A foreign official as the subject of "made (placed) a phone call to" the issuer's
official is the caller ("The Turkish Foreign Minister made a phone call to the Iranian
Foreign Minister": TUR calls IRN), as with "phoned" or "called"; the issuer's own
official making the call, or a call "made with" someone, keep the issuer first
(sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import records


def _sides(text: str, issuer: str) -> list[tuple]:
    return [(r[1], r[2]) for r in records(text, issuer, {"call"}, date="2024-08-20")]


@pytest.mark.parametrize(("text", "issuer", "caller", "callee"), [
    ("Ana Silva, the Minister of Foreign Affairs of Chile made a phone call to Peru's "
     "Foreign Minister to congratulate him.", "PER", "CHL", "PER"),
    ("The Turkish Foreign Minister made a phone call to the Iranian Foreign Minister on "
     "Monday.", "IRN", "TUR", "IRN"),
    ("Yesterday the Japanese Prime Minister placed a telephone call to the President of "
     "Kenya.", "KEN", "JPN", "KEN"),
    ("The President of Ghana made a telephone call to Nigeria's President to offer "
     "condolences.", "NGA", "GHA", "NGA"),
    ("Kenya's Foreign Minister made an urgent phone call to his Ugandan counterpart.",
     "UGA", "KEN", "UGA"),
])
def test_the_foreign_subject_is_the_caller(text, issuer, caller, callee):
    assert _sides(text, issuer) == [((caller,), (callee,))]


@pytest.mark.parametrize(("text", "issuer", "other"), [
    ("The Foreign Minister made a phone call to her Turkish counterpart.", "IRN", "TUR"),
    ("Iran's Foreign Minister made a phone call to his Turkish counterpart.", "IRN", "TUR"),
    ("The Turkish Foreign Minister made a phone call with the Iranian Foreign Minister.",
     "IRN", "TUR"),
])
def test_the_issuer_stays_first(text, issuer, other):
    assert _sides(text, issuer) == [((issuer,), (other,))]
