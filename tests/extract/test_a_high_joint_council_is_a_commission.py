"""Two governments' standing council named as a joint one ("the 5th High Joint
Council", "the Joint Cooperation Council", "the Joint Council between A and B") is a
commission's session, as a joint commission is; a joint council of an organisation
("the Joint Council of the African Union") or of two organisations is not (sentences
of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "to"), [
    ("The French Minister and the Foreign Minister of Comoros co-chaired on 4 May in "
     "Paris the 5th High Joint Council.", ("COM",)),
    ("Minister Lemaire co-chaired the High Joint Council with the Senegalese Foreign "
     "Minister in Dakar on 4 May.", ("SEN",)),
    ("The Joint Cooperation Council of France and Morocco met in Rabat on 4 May under the "
     "chairmanship of the two foreign ministers.", ("MAR",)),
])
def test_a_joint_council_of_two_governments_is_a_commission(ex, text, to):
    got = ex(text, issuer="FRA", date="2017", types=["commission"])
    assert [g[2] for g in got] == [to]


@pytest.mark.parametrize("text", [
    "The Minister attended the Joint Council of the African Union in Addis Ababa.",
    "The EU-GCC Joint Council met in Brussels on 10 October.",
])
def test_an_organisations_joint_council_is_no_commission(ex, text):
    assert ex(text, issuer="FRA", date="2017", types=["commission"]) == []
