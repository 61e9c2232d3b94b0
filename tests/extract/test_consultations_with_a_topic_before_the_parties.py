"""Consultations whose topic stands between the noun and its parties or its verb
("Consultations on consular issues between A and B were held ...", "consultations on
migration were held in Riga") are a round of consultations (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "partner", "day"), [
    ("Consultations on consular issues between Georgia and Israel were held in "
     "Jerusalem on 5 March.", "ISR", "2024-03-05"),
    ("On 6 March, consultations on migration and readmission between the foreign "
     "ministries of Georgia and Latvia took place in Riga.", "LVA", "2024-03-06"),
    ("Consultations on Arctic affairs between Georgia and Norway were held on 7 March.",
     "NOR", "2024-03-07"),
    ("In Tbilisi, consultations on disarmament questions were held with Chile on "
     "8 March.", "CHL", "2024-03-08"),
])
def test_a_topic_between_noun_and_parties_keeps_the_round(ex, text, partner, day):
    got = ex(text, issuer="GEO", date="2024-03-14", types=["consultation"])
    assert got == [("consultation", ("GEO",), (partner,), day)]

