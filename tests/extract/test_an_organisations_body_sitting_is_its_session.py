"""A standing body of an organisation that sits ("the 1st meeting of the ASEAN Working
Group on Cyber Security", "the OSCE Committee on Migration met") is that
organisation's session, not a bilateral commission; told with "attended", it is the one
session (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

TYPES = {"commission", "multilateral"}


@pytest.mark.parametrize("text, expected", [
    ("On 4 June 2019 the Minister attended the 5th meeting of the OSCE Working Group on "
     "Migration in Vienna.", [("multilateral", ("NOR",), (), ("OSCE",), "2019-06-04")]),
    ("A delegation travelled to Jakarta on 3 June 2019 to attend the first meeting of the "
     "ASEAN Working Group on Cyber Security.",
     [("multilateral", ("NOR",), (), ("ASEAN",), "2019-06-03")]),
    ("The 3rd meeting of the OSCE Working Group on Migration was held in Vienna on 6 June "
     "2019.", [("multilateral", ("NOR",), (), ("OSCE",), "2019-06-06")]),
])
def test_an_organisations_working_group_is_its_session(text: str, expected: list) -> None:
    assert records(text, "NOR", TYPES, date="2019-06-30", orgs=True) == expected


def test_a_bilateral_working_group_stays_a_commission() -> None:
    got = records("The 2nd meeting of the Norway-Chile Working Group on Fisheries was held "
                  "in Oslo on 6 June 2019.", "NOR", TYPES, date="2019-06-30")
    assert [r[:3] for r in got] == [("commission", ("NOR",), ("CHL",))]
