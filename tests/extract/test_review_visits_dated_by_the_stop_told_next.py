"""In a review, visits listed with no time ("made official visits to Türkiye, Qatar and
Slovenia") take the day the next sentences give a stop in that country ("In Ankara, on
11 February, he held talks with ..."); a visit with no such stop keeps the year, and a
stop in another paragraph dates nothing (sentences of our own)."""

from __future__ import annotations

from communique.extract import extract_text

HEAD = "Review of the Ministry's work in 2025\n\nZagreb, 29.12.2025.\n\n"


def _visits(text: str) -> dict[str, str]:
    recs = extract_text(text, issuer="HRV", date="2025-12-29").records
    return {r.to[0]: r.date.start or "" for r in recs if r.type == "visit" and r.to}


def test_the_stop_told_next_dates_its_visit():
    text = HEAD + ("Minister Grlić Radman made official visits to Japan, Chile and Peru. In Tokyo, "
                   "on 14 April, he held talks with Foreign Minister Iwaya. In Santiago he was "
                   "received by the President.")
    assert _visits(text) == {"JPN": "2025-04-14", "CHL": "2025", "PER": "2025"}


def test_a_stop_in_another_paragraph_dates_nothing():
    text = HEAD + ("Minister Grlić Radman made official visits to Japan, Chile and Peru.\n\n"
                   "In Tokyo, on 14 April, the Ambassador opened an exhibition on Dubrovnik.")
    assert _visits(text)["JPN"] == "2025"
