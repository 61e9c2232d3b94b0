"""A country that is only the subject of talks or of another side's decision is no
counterpart: the state another government decided to recognise, a country named in
what the talks were "centred on", and consultations whose continuation was only
talked about; a guest official named after a fronted time and place is still the
guest (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "After the decision of Malta and Slovenia to recognise a Palestinian state, the "
    "ambassadors of the two countries were summoned on Monday to the Ministry.",
    "On Monday the Minister received the Ambassador of Serbia, whose government had criticised "
    "the recognition of Kosovo by several states.",
    "The Minister met the Foreign Minister of Cyprus on Monday; they talked over the decision "
    "of three governments to recognise the State of Palestine.",
    "Following the recognition of the independence of Kosovo by two more states, the Minister "
    "received the Serbian Ambassador on Monday.",
])
def test_the_state_recognised_is_no_counterpart(ex, text):
    recs = ex(text, issuer="ISR", date="2024-03-06", types={"meeting"})
    partners = {c for _t, _f, to, _d in recs for c in to}
    assert partners and not partners & {"PSE", "XKX"}


@pytest.mark.parametrize("text,partner", [
    ("On Monday the Minister held a working meeting with the Foreign Minister of Ghana, "
     "centred on the security of the Sahel and the reconstruction of Liberia.", "GHA"),
    ("The Minister held talks with her Kenyan counterpart on Monday, centered on the crisis "
     "in the east of the Democratic Republic of the Congo.", "KEN"),
    ("On Monday the Minister received the Ambassador of Senegal for a meeting which centred "
     "upon the transition in Mali and the elections in Guinea.", "SEN"),
    ("The Minister met the Foreign Minister of Chad on Monday, in talks centring on the "
     "refugees arriving from Sudan.", "TCD"),
])
def test_a_country_in_what_the_talks_were_centred_on_is_no_counterpart(ex, text, partner):
    recs = ex(text, issuer="AGO", date="2024-03-06", types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [(partner,)]


@pytest.mark.parametrize("text", [
    "On Monday the Minister spoke by phone with his Qatari counterpart; they exchanged views "
    "on the continuation of consultations between the two countries.",
    "The Minister received a call from the Foreign Minister of Oman on Monday, during which "
    "they discussed the resumption of consultations with Bahrain.",
    "The Minister received a call from his Omani counterpart on Monday, during which the two "
    "sides exchanged views on the situation in Syria and on the continuation of consultations "
    "between the two countries under the agreement of May 2022.",
    "On Monday the Minister and her Kuwaiti counterpart spoke by phone about the relaunch of "
    "the consultations between their foreign ministries.",
])
def test_consultations_whose_continuation_is_talked_about_are_no_consultation(ex, text):
    recs = ex(text, issuer="IRN", date="2024-03-06")
    assert not [r for r in recs if r[0] == "consultation"]
    assert [r for r in recs if r[0] == "call"]


@pytest.mark.parametrize("text,partner", [
    # must still fire: the consultations held, the country met, the recognition by the guest
    ("On Monday the Minister held political consultations with the Deputy Foreign Minister "
     "of Qatar in Doha.", "consultation"),
    ("On Monday the Minister received the Foreign Minister of Palestine, who thanked Malta "
     "for its decision to recognise his state.", "meeting"),
    ("The Minister's meeting with the Foreign Minister of Ghana on Monday centred on trade.",
     "meeting"),
])
def test_the_event_itself_is_still_found(ex, text, partner):
    recs = ex(text, issuer="MLT", date="2024-03-06", types={partner})
    assert recs and all(to for _t, _f, to, _d in recs)


_GUEST = ("The Chairperson of the Commission of the Economic Community of West African States "
          "arrived in Accra on Monday for a two-day visit. ")


@pytest.mark.parametrize("text", [
    "On Tuesday, at the Ministry of Foreign Affairs, the Chairperson of the Commission held "
    "talks with the Minister, centred on the situation in Niger.",
    "On Tuesday morning, at the Presidency, the Chairperson of the Commission held a working "
    "meeting with the Minister of Foreign Affairs, centred on the transition in Burkina Faso.",
    "The next day, in Kumasi, the Chairperson of the Commission held talks with the Minister, "
    "centred on the situation in Mali.",
])
def test_the_guest_after_a_fronted_time_and_place_is_the_counterpart(text):
    from communique.extract import extract_text
    recs = extract_text(_GUEST + text, issuer="GHA", date="2024-03-06").records
    assert [(r.to, r.organizations, r.date.start) for r in recs if r.type == "meeting"] == [
        ([], ["ECOWAS"], "2024-03-05")]
