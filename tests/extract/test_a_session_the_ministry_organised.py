"""A session the ministry organised or prepared, as a year's review tells what it did
("The Ministry organised the Fifth Summit of the Leaders of the A Process in B", "was
involved in the preparation of the Summit of ...", "was responsible for the organisation
of the informal meeting of EU foreign ministers"): taking part in it, as its host. A
visit, a meeting with someone, a business forum or a meeting "between" two sides that
the ministry organised is no session of many (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_TYPES = frozenset({"multilateral", "meeting", "visit"})


@pytest.mark.parametrize("text, issuer, expected", [
    ("In April our ministry organised the Fifth Summit of the Leaders of the Danube "
     "Process in Novi Sad.", "SRB", [("multilateral", ("SRB",), (), (), "2016-04")]),
    ("Our ministry was deeply involved in the preparation of the 4th Meeting of Foreign "
     "Ministers of the Brdo Process in Ljubljana.", "SVN",
     [("multilateral", ("SVN",), (), (), "2016")]),
    ("The Ministry was closely involved in the preparation of the Summit of the Three Seas "
     "Initiative in Warsaw.", "POL", [("multilateral", ("POL",), (), ("3SI",), "2016")]),
    ("The Foreign Ministry was responsible for the organisation of the informal meeting of "
     "EU foreign ministers in Tallinn in September.", "EST",
     [("multilateral", ("EST",), (), ("Gymnich",), "2016-09")]),
    ("In December the Ministry prepared and hosted the OSCE Ministerial Council in "
     "Bratislava.", "SVK", [("multilateral", ("SVK",), (), ("OSCE MC",), "2016-12")]),
    ("Our diplomats co-organized the 2nd Ministerial Conference on Nuclear Security, held in "
     "Vienna in March.", "AUT", [("multilateral", ("AUT",), (), (), "2016-03")]),
])
def test_a_session_the_ministry_organised_is_taken_part_in(text: str, issuer: str,
                                                          expected: list) -> None:
    assert records(text, issuer, _TYPES, date="2016", orgs=True) == expected


@pytest.mark.parametrize("text, issuer, expected", [
    ("The Ministry organised the visit of the President of Chile to Riga in May.", "LVA",
     [("visit", ("CHL",), ("LVA",), (), "2016-05")]),
    ("The Ministry organised a meeting with the Ambassador of Chile on 4 May.", "LVA",
     [("meeting", ("LVA",), ("CHL",), (), "2016-05-04")]),
    ("The Ministry organised the Latvia-Chile Business Forum in Riga.", "LVA", []),
    ("The Ministry organised the meeting between the two presidents in Prague.", "CZE", []),
])
def test_other_things_organised_keep_their_reading(text: str, issuer: str,
                                                   expected: list) -> None:
    assert records(text, issuer, _TYPES, date="2016", orgs=True) == expected
