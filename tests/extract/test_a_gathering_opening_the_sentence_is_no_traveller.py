"""A phrase opening the sentence with the gathering where something was said ("During
the meeting of EU foreign ministers, ...", "At the Council of Europe session, ...", "On
the sidelines of the OSCE Council, ...") names where the words were said, not who
made the trip they are about: "the Chancellor's trip to Kyiv" after it is the issuer's
(or the trip's own possessor's). A body's own official named as the traveller stays
that body's (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records


def _visits(text: str, issuer: str) -> list[tuple]:
    return [(r[1], r[2], r[3]) for r in
            records(text, issuer, {"visit"}, date="2022-04-11", orgs=True)]


@pytest.mark.parametrize(("text", "issuer", "frm", "to"), [
    ("During the meeting of EU foreign ministers, the Minister stressed how much "
     "Austrian Chancellor Max Bauer's trip to Kyiv mattered.", "AUT", "AUT", "UKR"),
    ("At the meeting of the Council of Europe, the Minister hailed Prime Minister Lena "
     "Fiala's trip to Yerevan.", "CZE", "CZE", "ARM"),
    ("On the sidelines of the OSCE Ministerial Council, she praised the President's "
     "recent visit to Chisinau.", "ROU", "ROU", "MDA"),
    ("In the margins of the NATO summit, the Foreign Minister spoke of the Belgian "
     "Prime Minister's visit to Tbilisi.", "BEL", "BEL", "GEO"),
])
def test_the_gathering_is_no_traveller(text, issuer, frm, to):
    assert ((frm,), (to,), ()) in _visits(text, issuer)


def test_a_bodys_own_official_still_travels_for_it():
    text = ("During the meeting of EU foreign ministers, the Minister praised the EU "
            "High Representative's trip to Kyiv.")
    assert ((), ("UKR",), ("EU",)) in _visits(text, "AUT")
