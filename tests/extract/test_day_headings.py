"""A heading that names a day ("Tuesday, 13 May") dates the section under it;
a weekly overview is a digest of days, not a year-end review (texts of our
own)."""

from __future__ import annotations

from communique.extract import extract_text
from communique.extract._context import is_review

DIGEST = """Weekly overview of the Minister's activities, 12-16 May 2025

Monday, 12 May
The Minister received the new Ambassador of Brazil, who presented a copy of his credentials.

Tuesday, 13 May
The Minister travelled to Vienna. On the margins of the meeting, she met her Swiss counterpart.

15 May 2025
- Telephone call with the Foreign Minister of Qatar on the situation in Gaza.
- Signing, with the Ambassador of Japan, of an agreement on working holidays.
"""


def test_a_day_heading_dates_the_events_under_it():
    recs = extract_text(DIGEST, issuer="ESP", date="2025-05-16").records
    assert [(r.type, r.to, r.date.start) for r in recs if r.type != "multilateral"] == [
        ("meeting", ["BRA"], "2025-05-12"),
        ("visit", ["AUT"], "2025-05-13"),
        ("meeting", ["CHE"], "2025-05-13"),
        ("call", ["QAT"], "2025-05-15"),
        ("agreement", ["JPN"], "2025-05-15"),
    ]


def test_a_weekly_or_monthly_overview_is_no_year_end_review():
    assert not is_review(DIGEST, 2025)
    assert not is_review("Overview of the Minister's activities in May 2025\n\nText.", 2025)
    assert is_review("Overview of the Ministry's activities in 2024\n\nText.", 2025)
