"""Consultations told as a list of counterparts, in the passive or under a named
mechanism: one consultation per country (issue #9, freshset3 group 4; sentences
of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,expected", [
    ("Under the mechanism of political consultations, the Deputy Minister for the Americas "
     "held consultations with Chile in March and with Peru in August.",
     [("CHL", "2023-03"), ("PER", "2023-08")]),
    ("As part of the framework of bilateral consultations, the Secretary-General held "
     "consultations with Finland in May.",
     [("FIN", "2023-05")]),
    ("Within the framework of the regular consultations mechanism, the Director for Asia held "
     "consultations with Japan in February, while the Director for Africa held consultations "
     "with Ghana in October.",
     [("GHA", "2023-10"), ("JPN", "2023-02")]),
])
def test_consultations_under_a_named_mechanism_are_still_held(ex, text, expected):
    recs = ex(text, issuer="SVK", date="2023", types={"consultation"})
    assert sorted((to[0], d) for _t, _f, to, d in recs) == sorted(expected)


@pytest.mark.parametrize("text,partners", [
    ("Political consultations between the foreign ministries were held with 11 countries, "
     "among them Austria, Nepal and Oman.", {"AUT", "NPL", "OMN"}),
    ("Consultations at the level of deputy ministers were held with 7 countries, including "
     "Ghana, Senegal and Togo.", {"GHA", "SEN", "TGO"}),
    ("Consultations on the level of state secretaries were held with Austria and Slovenia.",
     {"AUT", "SVN"}),
    ("Political consultations took place with Estonia and with Portugal.", {"EST", "PRT"}),
    ("The State Secretary led consultations with Norway, Iceland and Denmark.",
     {"NOR", "ISL", "DNK"}),
])
def test_consultations_held_with_a_list_give_one_record_per_country(ex, text, partners):
    recs = ex(text, issuer="SVK", date="2023", types={"consultation"})
    assert [to for _t, _f, to, _d in recs if len(to) != 1] == []
    assert {to[0] for _t, _f, to, _d in recs} == partners


def test_each_listed_country_keeps_the_month_beside_it(ex):
    recs = ex("The Secretary-General of the Ministry led consultations with Norway (February), "
              "Iceland (May) and Denmark (September).", issuer="SVK", date="2023",
              types={"consultation"})
    assert sorted((to[0], d) for _t, _f, to, d in recs) == [
        ("DNK", "2023-09"), ("ISL", "2023-05"), ("NOR", "2023-02")]


@pytest.mark.parametrize("text", [
    "Under the memorandum on political consultations, the two ministries will hold "
    "consultations with each other next year.",
    "The Minister stressed the value of the mechanism of political consultations with Chile.",
    "The two ministers agreed that consultations between their ministries should be held "
    "more often.",
])
def test_consultations_named_as_a_topic_or_a_plan_are_not_held(ex, text):
    assert ex(text, issuer="SVK", date="2023", types={"consultation"}) == []


def test_a_trilateral_between_countries_is_still_one_record(ex):
    recs = ex("Trilateral consultations between Slovakia, Austria and Czechia were held in "
              "Vienna on 4 May.", issuer="SVK", date="2023", types={"consultation"})
    assert [to for _t, _f, to, _d in recs] == [("AUT", "CZE")]
