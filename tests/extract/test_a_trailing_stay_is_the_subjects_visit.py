"""A stay told at the end of the clause with no comma before it ("met the Chilean
Foreign Minister while in Santiago for a visit") is the visit of the clause's subject
to that place, not a visit of the one met (sentences of our own)."""

from __future__ import annotations

import pytest

_LINE = "Warsaw, 7 June 2024 - "


@pytest.mark.parametrize(("text", "visit"), [
    ("Last Friday, Minister Kowal met Chilean Foreign Minister Alberto van Klaveren "
     "while in Santiago for a three-day visit.", ("POL", "CHL")),
    ("On Monday the Minister held talks with the Prime Minister of Ghana while in Accra "
     "on an official visit.", ("POL", "GHA")),
    ("The Deputy Minister met Peruvian Foreign Minister Elmer Schialer whilst in Lima "
     "for a working visit.", ("POL", "PER")),
    ("The Kenyan Foreign Minister met President Duda while in Warsaw for a two-day "
     "visit.", ("KEN", "POL")),
])
def test_a_trailing_stay_is_the_subjects_visit(ex, text, visit):
    got = ex(_LINE + text, issuer="POL", date="2024-06-07", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [((visit[0],), (visit[1],))]


@pytest.mark.parametrize("text", [
    "Last Friday, Minister Kowal met Chilean Foreign Minister Alberto van Klaveren in "
    "Santiago.",
    "The Minister spoke with the Prime Minister of Ghana while in a meeting in Warsaw.",
])
def test_no_stay_no_visit(ex, text):
    assert ex(_LINE + text, issuer="POL", date="2024-06-07", types=["visit"]) == []
