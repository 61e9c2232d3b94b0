"""A news outlet named for a country ("Ghana News Agency", "the Kenya Times",
"Oman Daily Observer"), credited as the source of a story, is no partner of the
event it reports; the country named on its own beside it still is (texts of
our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, partners", [
    ("ACCRA, (Ghana News Agency / Reuters - 5th May, 2023) The Minister of Foreign "
     "Affairs received a phone call today from the Foreign Minister of Brazil.", ["BRA"]),
    ("The Foreign Minister met the Ambassador of Japan on 5 May, the Kenya Times "
     "reported.", ["JPN"]),
    ("According to Pakistan Point News, the Minister held talks with the Foreign Minister "
     "of Turkey on 5 May.", ["TUR"]),
    ("The Minister, in remarks carried by Oman Daily Observer, said she had met the "
     "Ambassador of Chile on 5 May.", ["CHL"]),
])
def test_the_outlet_is_no_partner(ex, text, partners):
    got = ex(text, issuer="NGA", date="2023-05-05", types={"meeting", "call"})
    assert sorted({c for _t, fr, to, _d in got for c in fr + to if c != "NGA"}) == partners


@pytest.mark.parametrize("text, partner", [
    ("The Minister met the Foreign Minister of Ghana on 5 May. News of the meeting "
     "was welcomed.", "GHA"),
    ("The Minister held talks with the Foreign Minister of Kenya on 5 May.", "KEN"),
])
def test_the_country_on_its_own_is_still_a_partner(ex, text, partner):
    got = ex(text, issuer="NGA", date="2023-05-05", types={"meeting"})
    assert ("meeting", ("NGA",), (partner,), "2023-05-05") in got
