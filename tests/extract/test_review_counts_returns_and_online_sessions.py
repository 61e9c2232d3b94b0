"""The review genre's sentences that are no bilateral occasion: nationals received
back from a country (consular work, not a meeting), a count of instruments signed in
the year (a figure, not an agreement with the partner of the paragraph before), and a
body's session held online (a multilateral session, not a call) (sentences of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


@pytest.mark.parametrize(("text", "where"), [
    ("Our embassies received and assisted more than 2,000 Georgians deported from Spain "
     "and Italy during the year.", ["ESP", "ITA"]),
    ("Our consulates received over 1,500 citizens returned from Germany in 2024.", ["DEU"]),
    ("During the year the consular service assisted nationals who were deported from "
     "Greece.", ["GRC"]),
    ("The consulate in Munich helped some 640 migrants returned from Austria to travel "
     "home.", ["AUT"]),
])
def test_nationals_sent_back_from_a_country_are_consular_work(ex, text, where):
    got = ex(text, date="2024", types=["meeting", "consular"])
    assert sorted(g[2][0] for g in got if g[0] == "consular") == sorted(where)
    assert not [g for g in got if g[0] == "meeting"]


def test_received_and_thanked_an_envoy_is_still_a_meeting(ex):
    got = ex("The Minister received and thanked the Ambassador of Spain.", date="2024-03-02",
             types=["meeting", "consular"])
    assert got == [("meeting", ("GEO",), ("ESP",), "2024-03-02")]


@pytest.mark.parametrize("text", [
    "Relations with Japan deepened. In total, 14 bilateral instruments were signed in 2024.",
    "Trade with Japan grew. Over the year, 9 international instruments were signed.",
    "Ties with Japan were strong. Altogether, twelve agreements have been signed this year.",
])
def test_a_count_of_instruments_signed_in_the_year_is_a_figure(text):
    recs = extract_text(text, issuer="GEO", date="2024").records
    assert not [r for r in recs if r.type == "agreement"]
    assert [r.type for r in recs if r.type == "figure"] == ["figure"]


def test_two_agreements_signed_after_talks_are_still_an_agreement(ex):
    got = ex("The Minister held talks with the Foreign Minister of Japan on 4 May. Two "
             "agreements were signed.", date="2024", types=["agreement"])
    assert got == [("agreement", ("GEO",), ("JPN",), "2024-05-04")]


@pytest.mark.parametrize(("text", "org"), [
    ("The Minister took part by videoconference in the OSCE Ministerial Council on "
     "3 December.", "OSCE"),
    ("On 14 October Georgia convened a virtual meeting of the foreign ministers of the "
     "GUAM member states.", "GUAM"),
    ("Georgia joined the extraordinary session of the Council of Ministers of the "
     "OSCE, held by videoconference on 20 February.", "OSCE"),
    ("The Deputy Minister addressed the BSEC Council of Ministers by videoconference on "
     "5 June.", "BSEC"),
])
def test_a_bodys_session_held_online_is_multilateral_not_a_call(text, org):
    recs = extract_text(text, issuer="GEO", date="2024").records
    assert not [r for r in recs if r.type == "call"]
    # (the OSCE's Ministerial Council is the organisation "OSCE MC")
    assert [(r.type, r.organizations[0].split()[0]) for r in recs
            if r.type == "multilateral"] == [("multilateral", org)]


@pytest.mark.parametrize(("text", "partner"), [
    ("The Minister held a video call with her Polish counterpart on 3 March ahead of the "
     "Summit.", "POL"),
    ("On 3 March the Minister and the Foreign Minister of Chile met by videoconference "
     "before the General Assembly.", "CHL"),
])
def test_a_video_call_with_a_country_stays_a_call(ex, text, partner):
    assert [g[:3] for g in ex(text, date="2024", types=["call"])] == [
        ("call", ("GEO",), (partner,))]
