"""The country where the issuer's own people live or study ("met the Thai students
studying in Pakistan", "the Kenyan community in Qatar", "nationals residing in
Spain") is no partner of a meeting with them, as the country an own ambassador is
posted to is none. A foreign official met in the same sentence is still met
(texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, issuer", [
    ("The Minister also met a delegation of Thai students studying in Pakistan over "
     "lunch.", "THA"),
    ("The Minister also met the Kenyan community in Qatar on Saturday.", "KEN"),
    ("In Madrid she met Chilean nationals residing in Spain.", "CHL"),
    ("The Prime Minister held a town hall with the Indian diaspora in the United "
     "States.", "IND"),
])
def test_own_people_abroad_are_no_meeting_with_the_country(ex, text, issuer):
    got = ex(text, issuer=issuer)
    assert not [r for r in got if r[0] == "meeting" and r[2]]


def test_a_foreign_official_beside_them_is_met(ex):
    got = ex("The Minister met the Foreign Minister of Pakistan and the Thai students in "
             "Pakistan.", issuer="THA")
    assert [r[2] for r in got if r[0] == "meeting"] == [("PAK",)]
