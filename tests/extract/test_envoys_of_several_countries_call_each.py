"""Envoys of several countries who call together on one of the issuer's officials
("The ambassadors of A and B to our country paid a courtesy call on the Prime
Minister") meet him each for his own country: one meeting with each country, not
one joint meeting of them all (the issuer named as their posting is no side that
joins them). Ministers of several countries meeting as one subject stay one
meeting of all."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(issuer: str, text: str) -> list[list[str]]:
    return sorted(sorted(r.to) for r in extract_text(text, issuer=issuer).records
                  if r.type == "meeting")


@pytest.mark.parametrize(("issuer", "text", "partners"), [
    ("LSO", "MASERU, 3 May 2023 - The ambassadors of Kenya and Japan to the Kingdom of "
     "Lesotho paid a courtesy call on the Prime Minister on Wednesday.", ["JPN", "KEN"]),
    ("BWA", "GABORONE, 9 March 2022 - The newly appointed High Commissioners of Ghana "
     "and India to Botswana called on the Minister of Foreign Affairs today.",
     ["GHA", "IND"]),
    ("NAM", "WINDHOEK, 14 June 2021 - Newly accredited envoys from Brazil, Chile and Peru to "
     "Namibia paid a courtesy visit to the Deputy Prime Minister on Monday.",
     ["BRA", "CHL", "PER"]),
    ("SWZ", "MBABANE, 2 July 2024 - In a gesture of friendship, the heads of mission of "
     "Morocco and Egypt accredited to the Kingdom of Eswatini paid a courtesy call to "
     "the Prime Minister.", ["EGY", "MAR"]),
])
def test_each_envoys_country_is_met(issuer, text, partners):
    assert _meetings(issuer, text) == [[p] for p in partners]


@pytest.mark.parametrize(("issuer", "text", "partners"), [
    # ministers, not envoys: one meeting of all of them
    ("LVA", "RIGA, 5 May 2023 - The foreign ministers of Latvia, Lithuania and Estonia "
     "met in Riga on Friday.", ["EST", "LTU"]),
    ("LUX", "LUXEMBOURG, 8 April 2022 - The Minister and his Belgian and Dutch "
     "counterparts held a Benelux meeting in Luxembourg.", ["BEL", "NLD"]),
])
def test_ministers_meeting_together_stay_one_meeting(issuer, text, partners):
    assert _meetings(issuer, text) == [partners]


def test_our_own_envoy_is_no_partner():
    # one envoy, the issuer's own, calling on a foreign head of government: one
    # meeting with the host, no second country from the posting
    recs = _meetings("KEN", "NAIROBI, 3 May 2023 - The Ambassador of Kenya to Japan "
                     "paid a courtesy call on the Prime Minister of Japan.")
    assert recs == [["JPN"]]
