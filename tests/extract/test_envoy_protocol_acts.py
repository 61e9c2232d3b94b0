"""An envoy's protocol acts are meetings, never trips: credentials presented in the
capital where the envoy is posted, a farewell or introductory visit whose envoy is
named after the noun, and an embassy official summoned with the day between the
verb and its object (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "host"), [
    ("In Madrid, Georgia's new ambassador Nino Beridze presented her credentials to "
     "King Felipe VI.", "ESP"),
    ("In Ottawa, our Ambassador handed his letters of credence to the Governor General of "
     "Canada on Tuesday.", "CAN"),
    ("In Brasilia, the newly appointed Ambassador of Georgia, Levan Kapanadze, presented "
     "his credentials to President Lula.", "BRA"),
    ("In Tokyo, the Georgian chargé d'affaires met the Vice-Minister for Foreign "
     "Affairs of Japan.", "JPN"),
])
def test_an_envoy_acting_in_the_capital_of_posting_makes_no_trip(ex, text, host):
    got = ex(text, date="2024-05-10", types=["visit", "meeting"])
    assert [r[:3] for r in got] == [("meeting", ("GEO",), (host,))]


@pytest.mark.parametrize(("text", "host"), [
    ("In Madrid, the Minister met King Felipe VI.", "ESP"),
    ("In Ottawa, the Prime Minister presented the new strategy to the Governor General "
     "and met the Prime Minister of Canada.", "CAN"),
])
def test_a_minister_acting_in_a_foreign_capital_still_travelled(ex, text, host):
    got = ex(text, date="2024-05-10", types=["visit"])
    assert [r[:3] for r in got] == [("visit", ("GEO",), (host,))]


@pytest.mark.parametrize(("text", "partner"), [
    ("The Deputy Minister received the farewell visit of the Ambassador of Chile, "
     "Mr Juan Soto.", "CHL"),
    ("On Monday the State Secretary received the introductory visit of H.E. Ms Ana Ruiz, "
     "newly accredited Ambassador of the Kingdom of Spain.", "ESP"),
    ("The Minister welcomed the farewell visit of the outgoing High Commissioner of "
     "Kenya, who ends his term this month.", "KEN"),
])
def test_an_envoys_farewell_visit_named_after_the_noun_is_a_meeting(ex, text, partner):
    got = ex(text, date="2024-05-10", types=["visit", "meeting"])
    assert [r[:3] for r in got] == [("meeting", ("GEO",), (partner,))]


def test_a_leaders_farewell_visit_received_is_still_a_trip(ex):
    got = ex("The President received the farewell visit of the President of Portugal, "
             "who leaves office next month.", date="2024-05-10", types=["visit"])
    assert [r[:3] for r in got] == [("visit", ("PRT",), ("GEO",))]


@pytest.mark.parametrize(("text", "partner", "day"), [
    ("The Ministry summoned on Friday a senior official of the Embassy of Iran in "
     "Tbilisi.", "IRN", "2024-05-10"),
    ("On Thursday the Ministry summoned an official of the Russian Embassy over the "
     "incident.", "RUS", "2024-05-09"),
    ("The Foreign Ministry summoned yesterday two officials from the Embassy of "
     "Belarus.", "BLR", "2024-05-09"),
])
def test_a_summoned_embassy_official_is_a_meeting(ex, text, partner, day):
    got = ex(text, date="2024-05-10", types=["meeting"])
    assert got == [("meeting", ("GEO",), (partner,), day)]


@pytest.mark.parametrize("text", [
    "The Ministry summoned on Friday a meeting of officials from the regions.",
    "The committee summoned officials of the Ministry of Finance to a hearing.",
])
def test_summoning_no_foreign_envoy_is_no_meeting(ex, text):
    assert ex(text, date="2024-05-10", types=["meeting"]) == []
