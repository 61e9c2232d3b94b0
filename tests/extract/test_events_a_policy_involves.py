"""An event named as what a policy, plan or programme involves, envisages or calls
for ("the strategy involves the signing of free trade agreements") is no event held;
an event attended or held still is (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,typ", [
    ("The Minister said the new trade policy involves the signing of free trade agreements "
     "with Kenya and Tanzania.", "agreement"),
    ("The roadmap adopted on Monday envisages the signing of a visa waiver agreement with "
     "Kenya.", "agreement"),
    ("The action plan calls for a visit of the President to Brazil before the summit.",
     "visit"),
    ("The partnership entails regular political consultations with Oman.", "consultation"),
    ("The programme provides for the signing of an air services agreement with Qatar.",
     "agreement"),
])
def test_an_event_a_policy_involves_is_not_held(ex, text, typ):
    assert ex(text, issuer="MUS", date="2024-03-06", types={typ}) == []


@pytest.mark.parametrize("text,typ", [
    # must still fire: events held
    ("On Monday the two ministers signed a visa waiver agreement with Kenya.", "agreement"),
    ("On Monday the Minister attended the signing of an air services agreement with Qatar.",
     "agreement"),
    ("The visit of the President to Brazil on Monday involved talks with President Lula.",
     "meeting"),
])
def test_an_event_held_is_still_found(ex, text, typ):
    assert ex(text, issuer="MUS", date="2024-03-06", types={typ})
