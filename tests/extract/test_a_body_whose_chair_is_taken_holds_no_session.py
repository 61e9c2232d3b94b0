"""A joint body named as what a country's chair is of ("took on the Chairmanship of the
... Working Group, while Sri Lanka serves as its co-chair", "took over the chairmanship of the
Working Group on ..., with Norway as co-chair") tells no sitting of it: no commission
with the co-chair (texts of our own). A session of it told as held still is one."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_NONE = [
    ("BGD", "This year Bangladesh took on the Chairmanship of the Bay of Bengal Coast Guard "
     "Forum (BCGF) Working Group, while Sri Lanka serves as its co-chair."),
    ("KEN", "Kenya took over the chairmanship of the Joint Working Group on Maritime Security, "
     "with Norway as co-chair."),
    ("GHA", "In March Ghana assumed the co-chairmanship of the Joint Steering Committee with "
     "Brazil."),
    ("AUS", "Australia holds the presidency of the Joint Working Group on Fisheries this "
     "year, together with New Zealand."),
]


@pytest.mark.parametrize(("issuer", "text"), _NONE)
def test_no_commission(issuer: str, text: str) -> None:
    assert records(text, issuer, {"commission"}, date="2019") == []


def test_a_sitting_told_is_still_one() -> None:
    got = records("On 4 May the Joint Working Group on Maritime Security between Kenya and "
                  "Norway held its third meeting in Nairobi.", "KEN", {"commission"},
                  date="2019")
    assert [r[2] for r in got] == [("NOR",)]
