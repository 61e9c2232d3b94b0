"""An arrival that opens the sentence at a place no gazetteer names ("Upon her arrival
at Kotoka International Airport, the Foreign Minister of Kenya was met by ..."): the
opening phrase ends at its comma, its subject is the one who arrived, and with no
host named the guest came to the issuer (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "visit"), [
    ("Upon her arrival at Kotoka International Airport, the Foreign Minister of Kenya was "
     "met by the Deputy Minister.", ("KEN", "GHA")),
    ("On arrival at the presidential terminal on Friday, the Prime Minister of Togo was "
     "greeted by the Minister.", ("TGO", "GHA")),
    ("Shortly after arrival at Tamale Airport, the Chilean Foreign Minister laid a "
     "wreath.", ("CHL", "GHA")),
    ("Upon his arrival in Lima, the President held talks with the President of Peru.",
     ("GHA", "PER")),
])
def test_the_one_who_arrived_is_the_subject(ex, text, visit):
    got = ex(text, issuer="GHA", date=_DAY, types=["visit"])
    assert [(g[1], g[2]) for g in got] == [((visit[0],), (visit[1],))]
