"""A round of political consultations with no partner named, held in a foreign city
("Political consultations were held in Santiago on 4 March", "consultations at the
level of deputy foreign ministers took place in Lisbon", "Deputy Minister A held
political consultations in Santiago"): consultations are bilateral, so the host's
country is the other side. Consultations held at home, or with a partner named, are
not read from the place (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, to", [
    ("Political consultations were held in Santiago on 4 March.", ("CHL",)),
    ("On 4 March, political consultations at the level of deputy foreign ministers took "
     "place in Lisbon.", ("PRT",)),
    ("Deputy Minister Anna Nowak held political consultations in Santiago on 4 March.",
     ("CHL",)),
    ("The consultations took place in Lisbon on 4 March at the level of deputy ministers.",
     ("PRT",)),
    ("Political consultations of the foreign ministries were held on 4 March in Oslo.",
     ("NOR",)),
])
def test_the_host_is_the_partner(ex, text, to):
    got = ex(text, issuer="POL", date="2024-03-06", types=["consultation"])
    assert got == [("consultation", ("POL",), to, "2024-03-04")]


@pytest.mark.parametrize("text, want", [
    # a partner named: that one, wherever it was held
    ("On 4 March, the Minister held consultations with Peru in Santiago.",
     [("consultation", ("POL",), ("PER",), "2024-03-04")]),
    # held at home: no partner to read
    ("Political consultations were held in Warsaw on 4 March.", []),
])
def test_other_readings(ex, text, want):
    assert ex(text, issuer="POL", date="2024-03-06", types=["consultation"]) == want
