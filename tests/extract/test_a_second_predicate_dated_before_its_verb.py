"""A second predicate of the subject with its own time between "and" and its verb
("A and B established relations in 1998 and in 2012 signed an agreement") is dated
by that time, not by the first predicate's (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "to", "year"), [
    ("Peru and Norway established diplomatic relations in 1998 and in 2012 signed an "
     "agreement on fisheries cooperation.", "NOR", "2012"),
    ("Peru and Chile opened embassies in 2001 and in 2015 signed a memorandum of "
     "understanding on mining.", "CHL", "2015"),
    ("Peru and Ghana set up a joint commission in 2003 and in 2009 concluded a trade "
     "agreement.", "GHA", "2009"),
    ("Peru and Japan launched a dialogue in 2005 and later, in 2011, signed a treaty on "
     "investment.", "JPN", "2011"),
])
def test_the_second_predicates_own_time(ex, text, to, year):
    got = ex(text, issuer="PER", date="2024-03-01", types=["agreement"])
    assert got == [("agreement", ("PER",), (to,), year)]


@pytest.mark.parametrize(("text", "year"), [
    # one time for both predicates
    ("In 2012 Peru and Norway opened embassies and signed an agreement on fisheries.",
     "2012"),
    # the time after the verb is the signing's
    ("Peru and Norway established relations in 1998 and signed an agreement on "
     "fisheries in 2012.", "2012"),
])
def test_other_orders_keep_their_time(ex, text, year):
    got = ex(text, issuer="PER", date="2024-03-01", types=["agreement"])
    assert [g[3] for g in got] == [year]
