"""Countries and organisations named only as topics or inside names are no
counterparts: seas, the target of sanctions, another pair's agreement or
summit, a ministry's own name, envoys counted (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "On Monday the Minister held talks with her Vietnamese counterpart on navigation in the "
    "South China Sea.",
    "The Minister met the Foreign Minister of Indonesia on Monday to review the situation in "
    "the East China Sea.",
    "On Monday the Minister received the Ambassador of Chile; they spoke about piracy in the "
    "Gulf of Guinea.",
    "The Foreign Minister of Indonesia and the Minister met on Monday and discussed shipping "
    "through the Sea of Japan and the Taiwan Strait.",
])
def test_a_country_inside_the_name_of_a_sea_or_gulf_is_no_counterpart(ex, text):
    recs = ex(text, issuer="NOR", date="2024-03-06", types={"meeting"})
    partners = {to for _t, _f, to, _d in recs}
    assert partners and not partners & {("CHN",), ("JPN",), ("GIN",), ("TWN",)}


def test_the_counterpart_is_still_found_beside_a_sea():
    from communique.extract import extract_text
    recs = extract_text("On Monday the Minister held talks with her Vietnamese counterpart on "
                        "navigation in the South China Sea.", issuer="NOR",
                        date="2024-03-06").records
    assert [r.to for r in recs if r.type == "meeting"] == [["VNM"]]


@pytest.mark.parametrize("text", [
    "The Minister met the High Representative of the European Union on Monday to talk "
    "about new sanctions against Russia.",
    "On Monday the Minister received the Ambassador of Lithuania for a conversation on the "
    "fifteenth package of sanctions against Belarus.",
    "The Minister met the Foreign Minister of Latvia on Monday; they coordinated the sanctions "
    "on Iran.",
])
def test_the_target_of_sanctions_talked_about_is_no_counterpart(ex, text):
    recs = ex(text, issuer="SWE", date="2024-03-06", types={"meeting"})
    assert recs and not {to for _t, _f, to, _d in recs} & {("RUS",), ("BLR",), ("IRN",)}


@pytest.mark.parametrize("text", [
    "The Minister travelled to Asunción on Monday to push for the conclusion of the agreement "
    "between the European Union and Mercosur.",
    "On Monday she discussed with the Paraguayan Foreign Minister the trade agreement between "
    "Canada and Mercosur.",
])
def test_an_agreement_between_two_other_sides_is_no_agreement_of_ours(ex, text):
    assert ex(text, issuer="ESP", date="2024-03-06", types={"agreement"}) == []


@pytest.mark.parametrize("text,partner", [
    ("A memorandum between Tunisia and the European Union was signed in Tunis on 16 July.",
     ([], ["EU"])),
    ("On 16 July an agreement between our country and Morocco was signed in Tunis.",
     (["MAR"], [])),
])
def test_an_agreement_between_the_issuer_and_another_side_is_kept(text, partner):
    from communique.extract import extract_text
    recs = extract_text(text, issuer="TUN", date="2023-07-20").records
    assert [(r.to, r.organizations) for r in recs if r.type == "agreement"] == [partner]


@pytest.mark.parametrize("text", [
    "She met the Danish Foreign Minister on Monday to discuss the EU-India free trade "
    "agreement.",
    "On Monday she met the Danish Foreign Minister; they talked about the Africa-Japan "
    "summit.",
])
def test_the_halves_of_another_pair_s_name_are_no_counterparts(ex, text):
    recs = ex(text, issuer="SWE", date="2024-03-06", types={"meeting", "agreement"})
    assert [(t, to) for t, _f, to, _d in recs] == [("meeting", ("DNK",))]


def test_a_pair_name_with_the_issuer_still_names_the_partner(ex):
    recs = ex("The Australia-New Zealand Foreign Ministers' Meeting took place in Wellington "
              "on 4 March.", issuer="NZL", date="2024-03-06", types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [("AUS",)]


@pytest.mark.parametrize("text", [
    "The Minister of Foreign Affairs, European Union and Cooperation met the Ambassador of "
    "Peru on Monday.",
    "The Foreign, Commonwealth and Development Office summoned the Ambassador of Peru on "
    "Monday.",
])
def test_an_organisation_inside_a_ministry_s_name_is_no_counterpart(text):
    from communique.extract import extract_text
    recs = extract_text(text, issuer="ESP", date="2024-03-06").records
    assert [(r.to, r.organizations) for r in recs if r.type == "meeting"] == [(["PER"], [])]


def test_a_national_office_s_director_general_is_no_organisation_official(ex):
    text = ("The Foreign, Commonwealth and Development Office summoned the Ambassador of Peru "
            "on Monday. The Ambassador was received by the FCDO's Director General for the "
            "Americas.")
    recs = ex(text, issuer="GBR", date="2024-03-06", types={"meeting"})
    assert recs == [("meeting", ("GBR",), ("PER",), "2024-03-04")]


def test_an_organisation_s_official_named_with_a_possessive_is_still_its_own(ex):
    recs = ex("The Minister met NATO's Secretary General in Brussels on Monday.",
              issuer="GEO", date="2024-03-06", types={"meeting"})
    assert len(recs) == 1


@pytest.mark.parametrize("text", [
    "In the course of the year the President accepted the letters of credence of 19 new "
    "ambassadors accredited to our country.",
    "The Minister received the copies of the credentials of twelve newly appointed "
    "ambassadors.",
])
def test_counted_envoys_give_no_meeting_with_the_last_country_named(ex, text):
    lead = "In March the Minister paid a visit to Algeria. "
    recs = ex(lead + text, issuer="TUN", date="2023", types={"meeting"})
    assert recs == []


def test_named_envoys_presenting_credentials_are_still_met(ex):
    recs = ex("The President received today the letters of credence of the new ambassadors of "
              "Chile and Kenya.", issuer="SRB", date="2024-10-15", types={"meeting"})
    assert [to for _t, _f, to, _d in recs] == [("CHL",), ("KEN",)]
