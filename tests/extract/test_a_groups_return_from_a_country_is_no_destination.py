"""A country named only as where others came back from ("following the soldiers'
return from Mali", "after its staff returned from Nepal", "the return of its officers
from Haiti") is no side of the visit told: the official went to the unit at home, not
to that country (texts of our own). The official's own return ("following his return
from Nepal") is still his trip there."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_NONE = [
    ("GBR", "2010", "The Minister for the Armed Forces visited the barracks of the 2nd Rifles "
     "in Catterick following the soldiers' return from Mali."),
    ("GBR", "2010", "The Minister visited a field hospital in Leeds with the Health Secretary "
     "after the medical team's return from Sudan."),
    ("FRA", "2012", "On Friday the Minister visited the headquarters of the gendarmerie in "
     "Lyon, following the return of its officers from Haiti."),
    ("DEU", "2015", "The State Secretary visited the training centre of the relief agency in "
     "Bonn after its staff returned from Nepal."),
    ("NLD", "2016", "The Minister of Defence and the Foreign Minister visited the navy base at "
     "Den Helder, a week after the crew’s safe return from Somalia."),
]


@pytest.mark.parametrize(("issuer", "year", "text"), _NONE)
def test_no_visit_to_where_others_came_back_from(issuer: str, year: str, text: str) -> None:
    assert records(text, issuer, {"visit", "meeting"}, date=year) == []


def test_the_officials_own_return_is_still_his_trip() -> None:
    got = records("The Minister visited the Vatican following his return from Nepal.",
                  "ITA", {"visit"}, date="2015")
    assert ("visit", ("ITA",), ("NPL",), "2015") in got
