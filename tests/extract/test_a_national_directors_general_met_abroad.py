"""A Director General (or another office international bodies have too) of a national
body (of the Ministry for Foreign Affairs, or of the Foreign Ministry) among the
officials met on a stay abroad is the host country's: the meetings with the host's
officials stay, one per official (not the whole sentence dropped as met with an
organisation's official unnamed). Two offices of one person joined by "and Acting"
are one official (texts of our own)."""

from __future__ import annotations

import pytest

from communique.extract import extract_text


def _meetings(text: str, issuer: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    recs = extract_text(text, issuer=issuer, date="2023-10-12").records
    return [(tuple(r.to), tuple(r.organizations)) for r in recs if r.type == "meeting"]


@pytest.mark.parametrize(("issuer", "text", "partner", "n"), [
    ("CUB", "During his stay in Ghana, the Vice Minister had a programme that included "
            "courtesy calls to President Kofi Mensah and to the Director General of the "
            "Ministry for Foreign Affairs, Ambassador Ama Owusu.", "GHA", 2),
    ("PER", "While in Kenya, the Minister paid courtesy calls on President Daniel Kamau "
            "and the Director-General of the Foreign Ministry.", "KEN", 2),
    # the national official alone
    ("URY", "During her stay in Zambia, the Deputy Minister paid a courtesy call on the "
            "Director General of the Ministry of External Relations.", "ZMB", 1),
    # the office of another ministry, among three officials
    ("VNM", "During his stay in Chile, the Minister met the Director General of the "
            "Ministry of Mining, President Ana Rojas and Foreign Minister Luis Vera.",
     "CHL", 3),
])
def test_the_hosts_officials(issuer: str, text: str, partner: str, n: int) -> None:
    assert _meetings(text, issuer) == [((partner,), ())] * n


@pytest.mark.parametrize(("issuer", "text", "partner", "n"), [
    ("CUB", "During his stay in Ghana, the Vice Minister paid courtesy calls on President "
            "Kofi Mensah and on the Minister of State and Acting Minister for Trade, "
            "Yaw Boateng.", "GHA", 2),
    ("PER", "In Nairobi, the Minister met Prime Minister Daniel Kamau and the Minister of "
            "Trade and Interim Minister of Foreign Affairs, Ruth Njeri.", "KEN", 2),
    ("URY", "During her stay in Zambia, the Deputy Minister called on Vice President "
            "Mary Banda, Health Minister Grace Mwale and the Minister of Justice and acting "
            "Minister of Foreign Affairs, John Phiri.", "ZMB", 3),
    ("VNM", "While in Chile, the Minister met the Minister of Defence and Acting Minister "
            "of the Interior, Luis Vera.", "CHL", 1),
])
def test_an_acting_office_is_the_same_persons(issuer: str, text: str, partner: str,
                                              n: int) -> None:
    assert _meetings(text, issuer) == [((partner,), ())] * n


@pytest.mark.parametrize("text", [
    # an international body's Director General stays that body's
    "During his stay in Austria, the Minister met the Director General of the IAEA.",
    "While in Geneva, the Minister met the Director-General of the WHO.",
])
def test_an_organisations_official(text: str) -> None:
    assert all(to == () and orgs for to, orgs in _meetings(text, "PER"))
    assert _meetings(text, "PER")
