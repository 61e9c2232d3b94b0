"""A visit's noun followed by "from" and a country ("A state visit from Bolivia
facilitated ...", "State visit from Norway, an MOU was signed") names the visitor, as
"the visit of" does: a visit from that country to the issuer, never the issuer's trip
there. A visit "from" a day ("a working visit from 3 to 5 May") or "of" a length ("a
visit of 48 hours") names no one (sentences of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "guest"), [
    ("A state visit from Bolivia facilitated the opening of new trade routes.", "BOL"),
    ("State visit from Norway, an MOU was signed on fisheries.", "NOR"),
    ("The official visit from the Prime Minister of Peru took place in May.", "PER"),
    ("An official visit from Senegal strengthened cooperation in fisheries.", "SEN"),
])
def test_the_country_after_from_is_the_visitor(ex, text, guest):
    got = ex(text, issuer="ARG", date="2024", types=["visit"])
    assert [(g[1], g[2]) for g in got] == [((guest,), ("ARG",))]


@pytest.mark.parametrize(("text", "expected"), [
    # "from" a day: the trip of the subject to the place told
    ("The working visit from 3 to 5 May took the Minister to Chile.", [(("ARG",), ("CHL",))]),
    # back from a visit: the visit to the place after "to"
    ("The Minister returned on Monday from a visit to Chile.", [(("ARG",), ("CHL",))]),
    # "of" a length: the guest's stay, not a visit by the host who invited
    ("The Foreign Minister of Chile has been in Buenos Aires since Monday for a working "
     "visit of 48 hours, at the invitation of his Argentine counterpart.",
     [(("CHL",), ("ARG",))]),
])
def test_from_naming_no_visitor(ex, text, expected):
    got = ex(text, issuer="ARG", date="2024", types=["visit"])
    assert [(g[1], g[2]) for g in got] == expected
