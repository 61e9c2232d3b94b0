"""Events being prepared, scheduled, or to which someone is invited are not
reported as held (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The President talked with the Ambassador about the preparations for the visit of the "
    "Emir of Qatar to Belgrade, which both sides hope can take place next spring.",
    "The Ministers reviewed the preparation of the Africa-Italy Summit which Addis Ababa "
    "will host in 2027.",
    "The session of ministers is preparing the Coordination Meeting between the African Union "
    "and the regional communities.",
    "The envoy delivered a letter inviting the President to the Korea-Africa Summit "
    "scheduled for 4 and 5 June in Seoul.",
])
def test_an_event_prepared_or_scheduled_is_not_reported(ex, text):
    recs = ex(text, issuer="SRB", date="2024-10-15", types={"meeting", "visit"})
    assert [r for r in recs if r[2] != ("QAT",) or r[0] == "visit"] == []


def test_an_event_whose_guest_is_expected_is_not_reported(ex):
    text = ("The Council is preparing the summit of the African Union, which the President "
            "is expected to attend on Sunday.")
    assert ex(text, issuer="KEN", date="2024-07-19", types={"meeting", "multilateral"}) == []


@pytest.mark.parametrize("text,types", [
    ("The Minister met the Ambassador of Qatar on Monday and prepared with him the summit "
     "of next year.", ("meeting",)),
    ("On Monday the Minister received the Ambassador of Japan, who was invited to the "
     "reception afterwards.", ("meeting",)),
    ("The Minister visited Oslo on Monday, three weeks before the summit scheduled for June.",
     ("visit",)),
])
def test_an_event_held_beside_one_prepared_is_still_reported(ex, text, types):
    recs = ex(text, issuer="SRB", date="2024-10-16")
    assert [t for t, *_ in recs if t in ("meeting", "visit")] == list(types)
