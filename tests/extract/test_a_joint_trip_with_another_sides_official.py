"""A trip the issuer's official made jointly with another side's ("the joint visit of the
Estonian and Latvian prime ministers to Japan", "visited Japan together", "travelled
together to"): one occasion, the issuer's visit to each host, not a second visit by the
companion's country. The visits of two other sides, joint or not, stay one each, and a
plain visit of our and another minister (no "joint") stays two (texts of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import records

_V = {"visit"}


@pytest.mark.parametrize(("text", "hosts"), [
    ("In May the Estonian and Latvian prime ministers made a joint visit to Japan.",
     ["JPN"]),
    ("The foreign ministers of Estonia and Finland paid a joint visit to Syria and Lebanon "
     "in May.", ["LBN", "SYR"]),
    ("The Estonian and Lithuanian foreign ministers visited Georgia together in May.",
     ["GEO"]),
    ("In May the defence ministers of Estonia and Latvia made a joint working trip to "
     "Ukraine.", ["UKR"]),
])
def test_the_issuers_visit_only(text: str, hosts: list[str]) -> None:
    got = records(text, "EST", _V, date="2009")
    assert [(r[1], r[2]) for r in got] == [(("EST",), (h,)) for h in hosts]


@pytest.mark.parametrize(("text", "expected"), [
    ("The foreign ministers of Latvia and Lithuania paid a joint visit to Japan in May.",
     [("LTU", "JPN"), ("LVA", "JPN")]),
    ("The foreign ministers of Estonia and Latvia visited Japan in May.",
     [("EST", "JPN"), ("LVA", "JPN")]),
])
def test_other_sides_or_no_joint_trip_stay_apart(text: str, expected: list[tuple]) -> None:
    got = records(text, "EST", _V, date="2009")
    assert [(r[1][0], r[2][0]) for r in got] == expected
