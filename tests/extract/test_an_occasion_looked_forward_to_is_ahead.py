"""An occasion looked forward to is ahead however many words praise it first ("we look
forward to a fruitful, rich, memorable and warm stay of the President in A on 3
July"): no visit, and so no past year given to its day. An
occasion told in a clause after the hope, or before it, stays (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer"), [
    ("Delhi looks forward to a truly busy, fruitful, memorable state visit of the "
     "President to Spain on 26th June.", "IND"),
    ("Brazil looks forward to a warm, fruitful and historic state visit by President "
     "Ramaphosa on 2 July.", "BRA"),
    ("The ministry is looking forward to an intense, substantive and rewarding round of "
     "consultations with Peru on 30 June.", "CHL"),
    ("We looked forward to a long, open, frank meeting with the Foreign Minister of "
     "Japan on 25 June.", "KOR"),
])
def test_an_occasion_praised_ahead_is_none(text, issuer):
    assert records(text, issuer, CORE, date="2017-06-19") == []


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("We looked forward to the talks, and the President's trip to Greece on 4 June "
     "was a success.", "IND", event("visit", "IND", "GRC", "2017-06-04")),
    ("The President visited Greece on 4 June, and we look forward to more.", "IND",
     event("visit", "IND", "GRC", "2017-06-04")),
])
def test_an_occasion_told_apart_from_the_hope_stays(text, issuer, expected):
    assert records(text, issuer, CORE, date="2017-06-19") == [expected]
