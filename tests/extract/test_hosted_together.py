"""Several counterparts hosted together by the issuer's minister: one meeting
with all of them, not a bilateral with each."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, issuer, partners", [
    ("On Friday the Minister hosted her Estonian, Latvian and Finnish colleagues in Vilnius "
     "for a working dinner.", "LTU", ("EST", "LVA", "FIN")),
    ("In March the Foreign Minister hosted in Athens his Cypriot and Maltese counterparts.",
     "GRC", ("CYP", "MLT")),
    ("The Foreign Minister hosted the foreign ministers of Norway, Sweden and Denmark at the "
     "ministry.", "FIN", ("NOR", "SWE", "DNK")),
    ("Minister Reyes hosted her Chilean and Peruvian counterparts in Bogota for talks on the "
     "situation in Venezuela.", "COL", ("CHL", "PER")),
])
def test_counterparts_hosted_together_make_one_meeting(ex, text, issuer, partners):
    got = ex(text, issuer=issuer, types={"meeting"})
    assert [(r[0], r[1], r[2]) for r in got] == [("meeting", (issuer,), partners)]


def test_one_guest_hosted_stays_a_bilateral(ex):
    assert ex("The Minister hosted his Armenian counterpart in Tbilisi.",
              types={"meeting"}) == [("meeting", ("GEO",), ("ARM",), "2023")]


def test_counterparts_met_one_by_one_stay_separate(ex):
    got = ex("The Minister met separately with her Estonian and Latvian counterparts.",
             issuer="LTU", types={"meeting"})
    assert len(got) == 2


def test_a_hosted_reception_for_the_diplomatic_corps_names_no_counterparts(ex):
    assert ex("The Minister hosted a reception for the diplomatic corps accredited in Tbilisi.",
              types={"meeting"}) == []


@pytest.mark.parametrize("text, issuer, partners", [
    ("A trilateral summit between Portugal, Spain and Morocco was held in Lisbon on 9 May.",
     "PRT", ("ESP", "MAR")),
    ("On 2 June Amman hosted a tripartite summit between Jordan, Iraq and Egypt.",
     "JOR", ("IRQ", "EGY")),
    ("The Minister took part in the quadrilateral meeting in Baku alongside her counterparts "
     "of Azerbaijan, Türkiye and Turkmenistan.", "GEO", ("AZE", "TUR", "TKM")),
])
def test_a_small_summit_of_named_states_is_one_meeting(ex, text, issuer, partners):
    got = ex(text, issuer=issuer, types={"meeting", "multilateral"})
    assert [(r[0], r[1], r[2]) for r in got] == [("meeting", (issuer,), partners)]


def test_a_summit_of_a_region_held_somewhere_stays_a_session(ex):
    got = ex("The EU-Central Asia summit was held in Samarkand on 4 April.",
             types={"meeting", "multilateral"})
    assert [r[0] for r in got] == ["multilateral"]
