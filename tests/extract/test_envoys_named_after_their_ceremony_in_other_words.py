"""Envoys a credentials ceremony counted, named in the next sentence with other verbs
than "are" ("They were the envoys of A, B and C", "The ambassadors came from A and
B", "They represent A and B"): one meeting with each country on the ceremony's day
(sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "partners", "day"), [
    ("Five ambassadors presented credentials to the President on 1 March. They were the "
     "envoys of Austria, Belgium, Cyprus, Denmark and Estonia.",
     ["AUT", "BEL", "CYP", "DNK", "EST"], "2024-03-01"),
    ("The President received the letters of credence of three new ambassadors on Friday. "
     "The ambassadors came from Brazil, Peru and Chile.", ["BRA", "CHL", "PER"],
     "2024-03-01"),
    ("Four heads of mission presented their credentials today. They represent Japan, "
     "India, Korea and Vietnam.", ["IND", "JPN", "KOR", "VNM"], "2024-03-03"),
    ("Two new envoys presented copies of their credentials to the Minister on 2 March. "
     "They hail from Sweden and Finland.", ["FIN", "SWE"], "2024-03-02"),
])
def test_each_envoy_named_after_is_a_meeting(ex, text, partners, day):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting"])
    assert sorted(g[2][0] for g in got) == partners and {g[3] for g in got} == {day}


def test_a_sentence_about_something_else_names_no_envoy(ex):
    text = ("Three ambassadors presented credentials to the President on 1 March. They "
            "represent a new generation of diplomacy, the President said.")
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == []
