"""The issuer's envoy posted to a country and an organisation at once ("Norway's
Ambassador to Belgium and NATO") who presented credentials: to an organisation's
official, a meeting with the organisation only; to a head of state, with the country
only (the organisation named just as the posting is no side). Envoys of a country and
of an organisation listed together still meet the issuer each (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _met(text: str) -> list[tuple]:
    recs = extract_text(text, issuer="NOR", date="2024-05-10").records
    return sorted((tuple(r.to), tuple(r.organizations), r.date.start) for r in recs
                  if r.type == "meeting")


@pytest.mark.parametrize("text, org", [
    ("The Norwegian Ambassador to Ethiopia and the African Union, Ole Berg, presented his "
     "credentials to AU Commission Chairperson Moussa Faki on 2 May.", "AU"),
    ("Norway's Ambassador to Belgium and NATO presented her credentials to the NATO "
     "Secretary General on 2 May.", "NATO"),
    ("Norway's Ambassador to Indonesia and ASEAN presented her credentials to the "
     "Secretary-General of ASEAN on 2 May.", "ASEAN"),
])
def test_to_the_organisations_official(text: str, org: str) -> None:
    got = _met(text)
    assert [g[0] for g in got] == [()] and got[0][2] == "2024-05-02"


@pytest.mark.parametrize("text, partner", [
    ("Norway's Ambassador to Belgium and NATO presented her credentials to King Philippe on "
     "2 May.", "BEL"),
    ("Our Ambassador to Ethiopia and the African Union presented his credentials to the "
     "President of Ethiopia on 2 May.", "ETH"),
])
def test_to_the_head_of_state(text: str, partner: str) -> None:
    assert _met(text) == [((partner,), (), "2024-05-02")]


def test_envoys_of_a_country_and_an_organisation() -> None:
    got = _met("On 2 May the King received the credentials of the Ambassadors of Chile and "
               "the European Union.")
    assert [g[0] for g in got] == [(), ("CHL",)]
