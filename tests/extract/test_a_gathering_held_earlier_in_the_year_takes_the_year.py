"""A second gathering of a list told with a time of its own that names no day ("and in
a G20 meeting of foreign ministers earlier this year") is a session of its own,
dated by the year only, not one folded into the first gathering's day when both are of
one organisation (sentences of our own)."""

from __future__ import annotations

import pytest

from .probe_support import records


def _sessions(text: str, issuer: str) -> list[tuple]:
    got = records(text, issuer, {"multilateral"}, date="2018-06-20", orgs=True)
    return sorted((r[3], r[4]) for r in got)


@pytest.mark.parametrize(("text", "issuer", "expected"), [
    ("The Minister recalled the island's participation in the leaders' session of the G20 "
     "Summit on 8 June in Osaka, Japan, and in a G20 meeting of foreign ministers which "
     "took place earlier in the year.", "JAM", [(("G20",), "2018"), (("G20",), "2018-06-08")]),
    ("The Minister took part in the NATO Summit on 11 June and in the NATO Foreign "
     "Ministers' Meeting earlier this year.", "MNE", [(("NATO",), "2018"),
                                                      (("NATO",), "2018-06-11")]),
    ("Our delegation attended the OSCE Annual Security Review Conference on 6 June, as "
     "well as the OSCE Economic and Environmental Forum held earlier in the year.", "ALB",
     [(("OSCE",), "2018"), (("OSCE",), "2018-06-06")]),
    ("He took part in the CARICOM Heads of Government Conference on 4 June and the "
     "CARICOM Council for Foreign and Community Relations meeting held earlier this "
     "year.", "BRB", [(("CARICOM",), "2018"), (("CARICOM",), "2018-06-04")]),
])
def test_the_second_gathering_takes_the_year(text, issuer, expected):
    assert _sessions(text, issuer) == expected


def test_a_gathering_with_no_time_of_its_own_stays_folded():
    assert _sessions("The Minister attended the NATO Summit on 11 June and the NATO "
                     "leaders' dinner.", "MNE") == [(("NATO",), "2018-06-11")]
