"""A sitting of a body of many told as one its members had or held ("This morning we
had a session of the EU Foreign Affairs Council", "the ministers held a session of the
North Atlantic Council") is taking part in that session, not a bilateral meeting with the
body. A body of two ("a meeting of the Joint Council with A", "the A-B Association
Council") is still a meeting with the other side (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_TYPES = frozenset({"meeting", "multilateral", "commission"})


@pytest.mark.parametrize("text, issuer, expected", [
    ("This morning we had a session of the EU Foreign Affairs Council in Luxembourg.", "GRC",
     [("multilateral", ("GRC",), (), ("FAC",), "2020")]),
    ("On 20 January we held our monthly meeting of the Foreign Affairs Council.", "IRL",
     [("multilateral", ("IRL",), (), ("FAC",), "2020-01-20")]),
    ("Yesterday we had a meeting of the EU General Affairs Council.", "EST",
     [("multilateral", ("EST",), (), ("EU GAC",), "2020")]),
    ("On 4 April the foreign ministers held a session of the North Atlantic Council in "
     "Washington.", "NOR", [("multilateral", ("NOR",), (), ("NAC",), "2020-04-04")]),
    ("The ministers have had an extraordinary meeting of the Foreign Affairs Council on "
     "9 March.", "SWE", [("multilateral", ("SWE",), (), ("FAC",), "2020-03-09")]),
])
def test_a_council_sitting_its_members_had_is_multilateral(text: str, issuer: str,
                                                           expected: list) -> None:
    assert records(text, issuer, _TYPES, date="2020", orgs=True) == expected


@pytest.mark.parametrize("text, issuer, expected", [
    # a body of two: a meeting with the other side
    ("On 3 May the Minister held a meeting of the EU-Ukraine Association Council in "
     "Brussels.", "AUT", [("meeting", ("AUT",), ("UKR",), (), "2020-05-03")]),
    ("We held a meeting of the Joint Council with Ukraine on 3 May.", "AUT",
     [("meeting", ("AUT",), ("UKR",), (), "2020-05-03")]),
    # taking part, told by its verb, as before
    ("On 14 October the Minister took part in a session of the Foreign Affairs Council "
     "in Luxembourg.", "AUT", [("multilateral", ("AUT",), (), ("FAC",), "2020-10-14")]),
    # a meeting held with a counterpart, as before
    ("On 6 May the Minister held a meeting with the Foreign Minister of Chile in Madrid.",
     "ESP", [("meeting", ("ESP",), ("CHL",), (), "2020-05-06")]),
])
def test_other_meetings_keep_their_reading(text: str, issuer: str, expected: list) -> None:
    assert records(text, issuer, _TYPES, date="2020", orgs=True) == expected
