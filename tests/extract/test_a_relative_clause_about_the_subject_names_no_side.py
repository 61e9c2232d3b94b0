"""A relative clause about the subject, set off by commas before its verb ("The
Foreign Minister of Finland, who came to Accra following visits to Senegal and
Nigeria, met the Minister"): the countries it names are the subject's earlier stops,
no sides of the meeting or call its verb tells (sentences of our own)."""

from __future__ import annotations

import pytest

_DAY = "2024-03-03"


@pytest.mark.parametrize(("text", "partner"), [
    ("The Foreign Minister of Finland, who came to Accra following visits to Senegal and "
     "Nigeria, met the Minister on 1 March.", "FIN"),
    ("The Prime Minister of Portugal, who had served as ambassador in Brazil and Angola, "
     "held talks with the President on Friday.", "PRT"),
    ("The Foreign Minister of Chile, whose tour also took in Togo, called on the President "
     "on 2 March.", "CHL"),
])
def test_the_clauses_countries_are_no_sides(ex, text, partner):
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting", "call"])
    assert [g[2] for g in got] == [(partner,)]


def test_a_side_named_only_in_the_clause_stays(ex):
    text = "The envoy, who represents Chile, met the Minister on Friday."
    got = ex(text, issuer="GHA", date=_DAY, types=["meeting"])
    assert [g[2] for g in got] == [("CHL",)]
