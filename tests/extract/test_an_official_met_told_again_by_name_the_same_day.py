"""A meeting with a named official of the other side told again by that name the same
day: a lead that names those called on, then each call told in detail ("paid a courtesy
call on President A", "then called on Prime Minister B"); a standfirst repeated under the
dateline; the official met "also" named again. One meeting each, not one more. "Again", a
day of its own, another official of that side, or the guest named again as received by
another official of ours still tell another (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_M = {"meeting"}


@pytest.mark.parametrize(("text", "issuer", "count"), [
    ("Foreign Minister Ana Costa on Monday called on Bolivian President Luis Arce and "
     "Bolivia's Prime Minister Rosa Mamani in La Paz.\n\nSoon after landing, Costa paid a "
     "courtesy call on President Arce at the Casa Grande. Costa then called on Prime "
     "Minister Mamani at her office.", "BRA", 2),
    ("Minister Sipho Dube held talks with Foreign Minister Naledi Kgosi of Botswana on "
     "Tuesday.\nGABORONE, 7 May: Minister Sipho Dube held talks with Foreign Minister "
     "Naledi Kgosi of Botswana on Tuesday. The two discussed the border.", "ZAF", 1),
    ("On 12 June the Secretary received Ghanaian Foreign Minister Ama Owusu at the "
     "ministry. Later that day the Secretary hosted Minister Owusu for a working lunch "
     "where they signed a visa accord.", "JAM", 1),
    ("The Prime Minister met Prime Minister Jonas Gahr of Norway in Oslo on 4 March. "
     "The Prime Minister also held talks with Gahr on Arctic fisheries.", "ISL", 1),
])
def test_one_meeting_each(text: str, issuer: str, count: int) -> None:
    got = records(text, issuer, _M, date="2024-06-14")
    assert len(got) == count


@pytest.mark.parametrize(("text", "issuer", "count"), [
    # "again": a second meeting
    ("On 12 June the Secretary received Ghanaian Foreign Minister Ama Owusu at the "
     "ministry. In the evening the Secretary met Minister Owusu again at a reception.",
     "JAM", 2),
    # the guest named again, received by another official of ours
    ("On 12 June the Secretary received Ghanaian Foreign Minister Ama Owusu at the "
     "ministry. Minister Owusu was later received by the Prime Minister.", "JAM", 2),
    # the one met named again beside an office of that side told for the first time
    ("On 3 July the Minister met Peruvian Foreign Minister Rosa Quispe in Lima. He said he "
     "held a useful meeting with Quispe, after talking with the Peruvian President.",
     "CHL", 2),
    # a day of its own
    ("The Minister met the Peruvian Foreign Minister, Rosa Quispe, on 3 May in Lima. On "
     "5 May the Minister met Quispe in Cusco.", "CHL", 2),
    # our own official alone named again: "also met" another of that side
    ("On Monday Foreign Minister Ana Costa called on Bolivian President Luis Arce in La "
     "Paz. Costa also met the Foreign Minister of Bolivia.", "BRA", 2),
    # another official of that side, named for the first time
    ("Foreign Minister Ana Costa on Monday called on President Luis Arce in La Paz. Costa "
     "then called on Vice President David Choquehuanca at his office.", "BRA", 2),
])
def test_still_another(text: str, issuer: str, count: int) -> None:
    got = records(text, issuer, _M, date="2024-06-14")
    assert len(got) == count
