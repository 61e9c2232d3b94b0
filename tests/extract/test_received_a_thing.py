""""Received" with a thing as its object ("received a historic answer", "received the
approval of the Council") reports no meeting; "received" with a person, an envoy or a
delegation still does (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Moldova's European path received a historic answer on 14 December: the European Council "
    "decided to open accession talks.",
    "On Monday the initiative of Costa Rica received the approval of the OAS Permanent "
    "Council.",
    "The candidacy of Chile received strong backing from the African Union on Monday.",
    "Our proposal received a warm response from the Foreign Minister of Japan on Monday.",
    "On Monday the plan received the endorsement of the European Council.",
])
def test_received_with_a_thing_is_no_meeting(ex, text):
    assert ex(text, issuer="MDA", date="2024-03-06", types={"meeting"}) == []


@pytest.mark.parametrize("text,partner", [
    # must still fire: a person, an envoy, a delegation received
    ("On Monday the Minister received the Ambassador of Peru.", ("PER",)),
    ("The President received a delegation of the Parliament of Ghana on Monday.", ("GHA",)),
    ("On Monday the Minister received her Japanese counterpart in Chisinau.", ("JPN",)),
])
def test_received_with_a_person_is_a_meeting(ex, text, partner):
    recs = ex(text, issuer="MDA", date="2024-03-06", types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [partner]
