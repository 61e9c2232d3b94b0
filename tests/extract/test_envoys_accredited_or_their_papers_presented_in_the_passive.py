"""Envoys accredited by a head of state, told in the active with or without an article
("accredited new envoys from A and B", "accredited Norway's new ambassador") or in
the passive ("The ambassadors of A and B were accredited by the President"), and
credentials told as the subject of the passive ("Credentials were presented on 1
March by the envoys of A, B and C", "Letters of Commission were presented by the
High Commissioner of A to the President"), or a copy of them accepted: one meeting
with each envoy's country (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "partners", "day"), [
    ("The ambassadors of Cuba and Mexico were accredited by the President on Friday.",
     ["CUB", "MEX"], "2024-03-01"),
    ("The President accredited new envoys from Japan and Korea on 2 March.",
     ["JPN", "KOR"], "2024-03-02"),
    ("On 2 March the head of state accredited Norway's new ambassador.", ["NOR"],
     "2024-03-02"),
    ("Credentials were presented on 1 March by the envoys of the following countries – "
     "Chile, Peru and Mexico.", ["CHL", "MEX", "PER"], "2024-03-01"),
    ("Letters of Commission were presented by the High Commissioner of Kenya to President "
     "Akufo-Addo on 1 March.", ["KEN"], "2024-03-01"),
    ("On Friday the Minister accepted a copy of the Letter of Introduction of the incoming "
     "High Commissioner of India.", ["IND"], "2024-03-01"),
])
def test_each_envoys_country_is_met(ex, text, partners, day):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting"])
    assert sorted(g[2][0] for g in got) == partners and {g[3] for g in got} == {day}


@pytest.mark.parametrize("text", [
    "The newly accredited Ambassador of Cuba was accredited to Ghana in 2019.",
    "The Minister praised the diplomats accredited to Ghana.",
])
def test_accredited_as_a_state_is_no_meeting(ex, text):
    assert ex(text, issuer="GHA", date=_DAY, types=["meeting"]) == []
