"""An earlier session or round of a standing format told with its date: the body
named again by the abbreviation the text gave it ("The previous JCBC was held in
2023"), a round of consultations or of a political dialogue named with an
ordinal, and the foreign city it sat in as its side (sentences of our own)."""

from __future__ import annotations

import pytest

LEAD = ("The fifth session of the Poland-Kenya Joint Commission for Economic "
        "Cooperation (JCEC) opened in Nairobi on Monday. ")


@pytest.mark.parametrize("text,date", [
    ("The previous JCEC was held in Warsaw in 2021.", "2021"),
    ("The fourth session of the JCEC took place in Warsaw in May 2021.", "2021-05"),
    ("The Fourth Session of the JCEC was held in Warsaw in October 2021.", "2021-10"),
    ("Its 1st meeting of the JCEC met in Mombasa in 2012, the ministers recalled.", "2012"),
])
def test_a_commission_named_again_by_its_abbreviation_is_a_session_with_its_side(
        ex, text, date):
    recs = ex(LEAD + text, issuer="POL", date="2025-06-03", types={"commission"})
    assert ("commission", ("POL",), ("KEN",), date) in recs
    assert len(recs) == 2


@pytest.mark.parametrize("text", [
    # an abbreviation the text never gave the commission
    "The previous JTC was held in Warsaw in 2021.",
    # announced, not held
    "The sixth session of the JCEC will take place in Warsaw in 2027.",
])
def test_an_abbreviation_not_given_or_a_session_ahead_is_no_session(ex, text):
    recs = ex(LEAD + text, issuer="POL", date="2025-06-03", types={"commission"})
    assert recs == [("commission", ("POL",), ("KEN",), "2025-06-02")]


def test_a_session_of_another_body_by_its_abbreviation_stays_multilateral(ex):
    text = ("The Minister attended the session in New York. The first session of the UNGA "
            "was held in London in 1946.")
    recs = ex(text, issuer="POL", date="2025-06-03", types={"multilateral", "commission"})
    assert ("multilateral", ("POL",), (), "1946") in recs
    assert all(r[0] != "commission" for r in recs)


@pytest.mark.parametrize("text,date", [
    ("The last round of Polish-Georgian consultations took place in Warsaw in 2022.", "2022"),
    ("The previous round of consultations was held in Warsaw in May 2022.", "2022-05"),
    ("The third round of the political dialogue was held in Tbilisi on 4 March 2024.",
     "2024-03-04"),
])
def test_an_earlier_round_of_consultations_is_a_consultation_on_its_date(ex, text, date):
    lead = ("On Monday the deputy foreign ministers of Poland and Georgia held political "
            "consultations in Tbilisi. ")
    recs = ex(lead + text, issuer="POL", date="2025-06-03", types={"consultation"})
    assert recs == sorted([("consultation", ("POL",), ("GEO",), "2025-06-02"),
                           ("consultation", ("POL",), ("GEO",), date)])


def test_an_earlier_round_takes_the_side_of_the_foreign_city_it_sat_in(ex):
    text = ("On Monday the deputy minister held consultations with Chile in Santiago. The "
            "last round of the political dialogue took place in Ankara on 21 May.")
    recs = ex(text, issuer="POL", date="2025-06-03", types={"consultation"})
    assert ("consultation", ("POL",), ("TUR",), "2025-05-21") in recs


@pytest.mark.parametrize("text", [
    "The ministers agreed that a new round of consultations should be held next year.",
    "A round of consultations on the new treaty is planned for the autumn.",
])
def test_a_round_ahead_is_no_consultation(ex, text):
    assert ex(text, issuer="POL", date="2025-06-03", types={"consultation"}) == []
