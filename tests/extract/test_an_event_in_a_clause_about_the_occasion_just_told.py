"""An event told in a relative clause about the occasion just named ("... and Fiji's
Prime Minister's visit to Port Vila in June, on the occasion of which a partnership
accord was signed") has that occasion's partner, not every country the sentence named
before it (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("issuer", "text", "partner"), [
    ("VUT", "Ties grew with the Prime Minister's visit to Japan in May and Fiji's Prime "
     "Minister's visit to Port Vila in June, on the occasion of which a partnership accord "
     "was signed.", "FJI"),
    ("KEN", "The President visited Ghana in March and hosted the President of Togo in April, "
     "during which a trade agreement was signed.", "TGO"),
    ("PER", "The Minister travelled to Chile in May and received the Foreign Minister of "
     "Ecuador in July, on which occasion two memoranda were signed.", "ECU"),
    ("GEO", "The Prime Minister's trip to Poland in June and the Latvian President's visit to "
     "Tbilisi in October, in the course of which a joint declaration was signed, marked the "
     "year.", "LVA"),
    ("NZL", "The Minister visited Samoa in February and Tonga's Prime Minister came to "
     "Wellington in March, on the occasion of which a new partnership was signed.",
     "TON"),
])
def test_the_occasions_partner(issuer: str, text: str, partner: str) -> None:
    recs = extract_text("The year in review\n\n" + text, issuer=issuer, date="2024").records
    assert sorted(c for r in recs if r.type == "agreement" for c in r.to) == [partner]
