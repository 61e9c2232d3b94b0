"""A numbered sitting of a standing body two governments named for its purpose ("the
6th Meeting of the Committee for Political Coordination", "the III Session of the
Council on Trade and Investment") is a `commission` with the other side; a body of an
organisation ("... (COFCOR) of the Caribbean Community") is none, and a parliament's
committee with no other side gives no commission (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("The foreign and defence ministers of Ghana and Togo joined the 6th Meeting of "
     "the Committee for Political Coordination in Accra on 4 May.", "GHA", "TGO"),
    ("On 9 March the III Session of the Council on Trade and Investment between Uruguay "
     "and Paraguay was held in Asuncion.", "URY", "PRY"),
    ("Kenya and Tanzania convened the second meeting of the Commission for Border "
     "Management and Security in Arusha on 21 June.", "KEN", "TZA"),
    ("The seventh session of the Committee on Economic Cooperation brought together the "
     "deputy ministers of Vietnam and Laos in Vientiane on 2 October.", "VNM", "LAO"),
])
def test_the_bodys_numbered_sitting_is_a_commission(ex, text, issuer, partner):
    got = ex(text, issuer=issuer, types=["commission"])
    assert [g[2] for g in got] == [(partner,)]


@pytest.mark.parametrize("text", [
    "The Minister led the delegation to the 27th Meeting of the Council for Foreign and "
    "Community Relations (COFCOR) of the Caribbean Community on 4 May.",
    "The Minister addressed the 7th meeting of the Committee on Foreign Affairs on 4 May.",
])
def test_no_commission_without_two_governments(ex, text):
    assert ex(text, issuer="JAM", types=["commission"]) == []


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("On 9 March Uruguay hosted the third session of the Paraguay-Uruguay Council on "
     "Trade and Investment.", "URY", "PRY"),
    ("Kenya and Tanzania held the 2nd meeting of their Committee on Border Security in "
     "Arusha on 21 June.", "KEN", "TZA"),
])
def test_the_sides_before_the_body_or_by_a_possessive(ex, text, issuer, partner):
    got = ex(text, issuer=issuer, types=["commission"])
    assert [g[2] for g in got] == [(partner,)]


@pytest.mark.parametrize(("text", "issuer", "partner"), [
    ("The Committee for Agriculture and Fisheries between Ghana and Togo held its fourth "
     "session in Lome on 2 May.", "GHA", "TGO"),
    ("On 9 March the Uruguay-Paraguay Council on Energy convened its 3rd meeting in "
     "Montevideo.", "URY", "PRY"),
    ("The Commission on Border Issues between Kenya and Uganda opened its second session "
     "in Kampala on 21 June.", "KEN", "UGA"),
])
def test_the_body_first_then_its_numbered_sitting(ex, text, issuer, partner):
    got = ex(text, issuer=issuer, types=["commission"])
    assert [g[2] for g in got] == [(partner,)]


@pytest.mark.parametrize("text", [
    "The Committee on Foreign Affairs held its 12th meeting in Kingston on 4 May.",
    "The Council for Trade and Development of the Caribbean Community held its 50th "
    "meeting on 4 May.",
])
def test_a_body_first_with_no_two_governments_is_none(ex, text):
    assert ex(text, issuer="JAM", types=["commission"]) == []
