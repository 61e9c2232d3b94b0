"""A sentence opened by "Others include(d) ..." right after a meeting goes on
with the counterparts that meeting's sentence listed: each country named is one
more meeting. After a sentence that told no meeting ("The largest donors are
A and B. Others include C"), it is no event (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partners", [
    ("On the sidelines of the Assembly, the Minister met several counterparts, among them "
     "Lars Holm of Denmark. Others included Ana Ruiz of Chile and Tomas Berg of Sweden.",
     ["CHL", "DNK", "SWE"]),
    ("The Foreign Minister also held talks with his colleagues from other countries, "
     "including Ramon Diaz of Peru. Others were Minister Kofi Mensah of Ghana, "
     "Minister Ali Hassan of Jordan and Minister Pia Lund of Finland.",
     ["FIN", "GHA", "JOR", "PER"]),
    ("During the summit week she met with several heads of diplomacy, including "
     "Jean Dupont of Belgium. The others include Marta Nowak of Poland.",
     ["BEL", "POL"]),
    ("The Secretary received a number of ambassadors on Monday, including the "
     "Ambassador of Brazil. Others also included the Ambassadors of Kenya and Mexico.",
     ["BRA", "KEN", "MEX"]),
])
def test_the_others_listed_after_a_meeting_are_met_too(ex, text, partners):
    got = ex(text, issuer="NOR", types={"meeting"})
    assert sorted({to for _t, _f, tos, _d in got for to in tos}) == partners


@pytest.mark.parametrize("text", [
    "The largest donors to the fund are Japan and Norway. Others include Canada and Chile.",
    # a meeting told two sentences before: the list is of something else
    "The Minister met the Foreign Minister of Ghana. The fund's donors are Japan and "
    "Norway, she said. Others include Canada and the Netherlands.",
    "Several states have ratified the treaty, among them Peru. Others were Chile and Brazil.",
])
def test_others_after_no_meeting_is_no_event(ex, text):
    got = ex(text, issuer="NOR", types={"meeting"})
    assert not [r for r in got if {"CAN", "NLD", "CHL", "BRA"} & set(r[2])]
