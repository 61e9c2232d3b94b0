"""A regional or city official met in a foreign city ("In Kolkata, the Minister met
West Bengal Governor A", "the Mayor of Osaka", "the Premier of Ontario", "the
Minister-President of Bavaria") is an official of that city's country: a meeting
with it (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Accra, 14 March 2024 - "


@pytest.mark.parametrize(("text", "partner"), [
    ("In Kolkata, the Minister met with West Bengal Governor Ananda Bose and the state's "
     "Chief Secretary.", "IND"),
    ("In Osaka, the Minister called on Governor Yoshimura.", "JPN"),
    ("While in Toronto, the Minister met the Premier of Ontario.", "CAN"),
    ("In Munich, the Minister held talks with the Minister-President of Bavaria.", "DEU"),
    ("In Chennai the delegation met the Chief Minister of Tamil Nadu on trade links.", "IND"),
])
def test_a_regional_official_met_abroad_is_of_the_citys_country(ex, text, partner):
    got = ex(_LINE + text, issuer="GHA", date="2024-03-14", types=["meeting"])
    assert [g[2] for g in got] == [(partner,)]


def test_a_governor_met_at_home_is_no_foreign_partner(ex):
    text = "In Kumasi, the Minister met the Governor of the Bank of Ghana."
    assert ex(_LINE + text, issuer="GHA", date="2024-03-14", types=["meeting"]) == []
