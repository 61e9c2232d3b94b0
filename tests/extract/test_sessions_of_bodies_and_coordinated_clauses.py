"""A session of a body is one record of its own type: a joint commission that "met"
is no meeting besides the commission; consultations "with X were held" are a
consultation in their own clause, not the commission of the next; the ministers of a
group who "met" with ours taking part are a multilateral session; "the meeting of the
foreign ministers of A, B and C" is one meeting of them all (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "partner", "month"), [
    ("The Georgia-Peru Joint Commission on Trade met in Lima in June, under the "
     "co-chairmanship of the two ministers.", "PER", "2024-06"),
    ("In June the Joint Economic Commission with Peru met in Lima.", "PER", "2024-06"),
    ("The Intergovernmental Commission of Georgia and Kenya meets in Nairobi in June for "
     "its fourth session.", "KEN", "2024-06"),
])
def test_a_commission_that_met_is_no_meeting_besides(ex, text, partner, month):
    got = ex(text, date="2024", types=["commission", "meeting"])
    assert got == [("commission", ("GEO",), (partner,), month)]


def test_a_commission_and_a_meeting_of_ministers_in_one_sentence_are_both_kept(ex):
    got = ex("The Joint Commission with Peru met in Lima in June, and the Minister met the "
             "President of Peru on its margins.", date="2024", types=["commission", "meeting"])
    assert [g[0] for g in got] == ["commission", "meeting"]


@pytest.mark.parametrize("text", [
    "Consultations with Kenya were held in Nairobi in March, and the Georgia-Peru Joint "
    "Commission met in Lima in October for its fifth session.",
    "In March, consultations with Kenya took place in Nairobi, and in October the "
    "Georgia-Peru Joint Commission met in Lima.",
])
def test_consultations_and_a_commission_in_coordinated_clauses(ex, text):
    got = ex(text, date="2024", types=["consultation", "commission", "meeting"])
    assert got == [("commission", ("GEO",), ("PER",), "2024-10"),
                   ("consultation", ("GEO",), ("KEN",), "2024-03")]


@pytest.mark.parametrize(("text", "org"), [
    ("The foreign ministers of the Visegrad Group met in Prague on 3 May, with the "
     "Minister taking part.", "V4"),
    ("On 3 May the leaders of the Nordic-Baltic Eight met in Riga; the Minister took "
     "part as a guest.", "NB8"),
    ("The ministers of GUAM met in Kyiv on 3 May with our Minister participating.", "GUAM"),
])
def test_the_ministers_of_a_group_who_met_are_a_multilateral_session(text, org):
    recs = extract_text(text, issuer="GEO", date="2024").records
    assert [(r.type, r.organizations[:1], r.date.start) for r in recs
            if r.type in ("meeting", "multilateral")] == [
        ("multilateral", [org], "2024-05-03")]


def test_the_ministers_of_a_country_who_met_ours_are_a_meeting(ex):
    got = ex("The ministers of Kenya and Georgia met in Nairobi on 3 May.", date="2024",
             types=["meeting", "multilateral"])
    assert got == [("meeting", ("GEO",), ("KEN",), "2024-05-03")]


@pytest.mark.parametrize("text", [
    "On 3 May the Minister held talks in Tbilisi with the Foreign Minister of Armenia, who "
    "is in Georgia for the meeting of the foreign ministers of Georgia, Armenia and "
    "Azerbaijan.",
    "On 3 May the Minister received the Foreign Minister of Armenia, in Tbilisi for the "
    "informal meeting of the foreign ministers of Azerbaijan, Armenia and Georgia.",
])
def test_the_meeting_of_the_ministers_of_listed_states_is_one_meeting(ex, text):
    got = ex(text, date="2024", types=["meeting"])
    assert ("meeting", ("GEO",), ("ARM",), "2024-05-03") in got
    assert not [g for g in got if g[2] == ("AZE",)]
    assert [g for g in got if len(g[2]) == 2] == [
        ("meeting", ("GEO",), ("ARM", "AZE"), "2024-05-03")]
