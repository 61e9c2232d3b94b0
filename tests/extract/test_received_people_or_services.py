""""received" whose object is citizens brought home ("received and brought home
more than 1,000 citizens") or a service ("received consular assistance") is no
meeting with the partner the text last named (sentences of our own)."""

from __future__ import annotations

import pytest

LEAD = "Review of 2025\n\nIn May the Foreign Minister of Bolivia visited Lima. "


@pytest.mark.parametrize("text", [
    "Consulates abroad received and brought home more than 1,000 Peruvian citizens.",
    "Our embassies received and sent back home some 300 stranded nationals.",
    "Over 9,800 Peruvian citizens abroad received consular assistance during the year.",
    "Compatriots detained abroad received legal aid and regular consular services.",
])
def test_received_citizens_or_a_service_is_no_meeting(ex, text):
    recs = ex(LEAD + text, issuer="PER", date="2025", types={"meeting"})
    assert recs == []


@pytest.mark.parametrize("text", [
    "In June the Minister received and hosted his Bolivian counterpart in Lima.",
    "In June the Minister received his Bolivian counterpart and the delegation in Lima.",
])
def test_received_an_official_is_still_a_meeting(ex, text):
    recs = ex(LEAD + text, issuer="PER", date="2025", types={"meeting"})
    assert recs == [("meeting", ("PER",), ("BOL",), "2025-06")]
