"""Goods received in the passive ("Vaccines donated by Korea were received by
Georgia", "A shipment of doses sent by Japan was received by the Ministry") are no
guest received: no meeting, no visit. A person named first in the subject stays the
guest, though goods are named after it (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Vaccines donated by Korea were received by Georgia.",
    "A shipment of 20,000 doses sent by Japan was received by the Ministry of Health on "
    "Monday.",
    "On Monday, medical equipment provided by Germany was received by the Georgian side "
    "in Tbilisi.",
    "Two tonnes of medicines from Azerbaijan were received by the Georgian Red Cross on "
    "Monday.",
    "The fertilisers, which Morocco had donated in February, have been received by the "
    "Ministry of Agriculture.",
])
def test_goods_received_in_the_passive_are_no_meeting(ex, text):
    assert ex(text, issuer="GEO", date="2024-03-14", types=["meeting", "visit"]) == []


@pytest.mark.parametrize(("text", "side"), [
    ("The Ambassador of Korea, who brought the vaccines, was received by the Minister on "
     "Monday.", "KOR"),
    ("The Korean delegation was received by the Minister on Monday.", "KOR"),
    ("The head of Japan's aid agency was received by the Minister on Monday.", "JPN"),
])
def test_a_person_received_in_the_passive_stays_a_meeting(ex, text, side):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["meeting"])
    assert got == [("meeting", ("GEO",), (side,), "2024-03-11")]
