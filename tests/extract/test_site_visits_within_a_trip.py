"""A site visited during a trip already told ("also visited the Singapore companies
operating in the Lusail area", "He also visited the UN Office at Nairobi") is part of
that trip: no visit of its own to the place or the organisation; a country visited is
still a visit, and a site with no trip told before names one (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text

TRIP = ("Wellington, 12 March 2025\n\nThe Minister made an official visit to Qatar from 10 to "
        "11 March 2025. In Doha, she met the Prime Minister of Qatar. ")


def _visits(text: str) -> list[tuple[str, str]]:
    recs = extract_text(text, issuer="NZL", date="2025-03-12").records
    return sorted(("+".join(r.to + r.organizations), r.date.start or "") for r in recs
                  if r.type == "visit")


@pytest.mark.parametrize("sentence", [
    "The Minister also visited the New Zealand companies operating in the Lusail area.",
    "She also visited the UN Office in Doha, which New Zealand supports.",
    "She then visited a dairy processing plant at Ras Laffan.",
])
def test_a_site_within_the_trip_is_no_visit_of_its_own(sentence):
    assert _visits(TRIP + sentence) == [("QAT", "2025-03-10")]


def test_a_country_visited_after_is_a_visit():
    text = TRIP + "She then visited Oman on 12 March."
    assert ("OMN", "2025-03-12") in _visits(text)
