"""A disposition or a wish stated about consultations or talks ("voiced her government's
readiness to keep up political consultations with A", "confirmed their willingness to
hold regular consultations", "stressed the need to deepen consultations", "the
necessity of resuming consultations between A and B") is no occasion; talks held
in the same sentence as such words stay (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import CORE, event, records


@pytest.mark.parametrize(("text", "issuer"), [
    ("In reply, the Greek minister voiced her government's readiness to resume the "
     "political consultations with Cyprus.", "CYP"),
    ("Minister Ana Silva expressed Chile's willingness to hold regular consultations with "
     "Peru.", "CHL"),
    ("The two ministers confirmed their intention to continue political consultations "
     "between Kenya and Ghana.", "KEN"),
    ("Referring to the tensions in the region, the Foreign Minister of Egypt stressed the "
     "need to strengthen political consultations with Jordan.", "JOR"),
    ("Both sides underlined the necessity of holding consultations at deputy level, "
     "Kazakhstan with Uzbekistan.", "KAZ"),
    ("Ghana reaffirmed its determination to intensify the consultations with Togo.", "GHA"),
])
def test_a_disposition_toward_consultations_is_no_event(text, issuer):
    assert records(text, issuer, CORE, date="2024-08-20") == []


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("Confirming their readiness to cooperate, the deputy ministers held consultations "
     "with Peru on Monday.", "CHL", event("consultation", "CHL", "PER", "2024-08-19")),
    ("Despite the willingness shown on both sides, political consultations with Iran "
     "were held on Monday.", "KAZ", event("consultation", "KAZ", "IRN", "2024-08-19")),
])
def test_consultations_held_beside_such_words_stay(text, issuer, expected):
    assert records(text, issuer, CORE, date="2024-08-20") == [expected]
