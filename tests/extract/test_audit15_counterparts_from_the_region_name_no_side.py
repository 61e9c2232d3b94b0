"""Generality audit (audit15) of "counterparts 'from the region' and 'several colleagues'
name no side" (24765be): "from the neighbourhood", "colleagues from the region", "a
number of colleagues", "numerous counterparts", "her counterparts of the region",
"several European colleagues", "many foreign colleagues", "ministers from the region",
"some of her colleagues"; after a guest's visit, no meeting with that guest's country.
Near-misses: the counterparts named after all ("among them", a colon, "from Chile and
Peru", "several colleagues from Chile"), and "his counterpart" (the guest's)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["meeting"]
_KEN = "The Kenyan President visited Oslo on Monday. On Tuesday the Minister "

_CASES = [
    case("from-the-neighbourhood", _KEN + "held talks with counterparts from the "
                                          "neighbourhood.", "NOR", "2022-06-08", _T, []),
    case("colleagues-from-region", _KEN + "met colleagues from the region in Vienna.", "NOR",
         "2022-06-08", _T, []),
    case("a-number-of", _KEN + "met a number of colleagues in Geneva.", "NOR", "2022-06-08", _T,
         []),
    case("numerous-counterparts", _KEN + "held talks with numerous counterparts on the "
                                         "sidelines.", "NOR", "2022-06-08", _T, []),
    case("counterparts-of-region", _KEN + "met her counterparts of the region at the summit.",
         "NOR", "2022-06-08", _T, []),
    case("several-european", _KEN + "met with several European colleagues.", "NOR",
         "2022-06-08", _T, []),
    case("many-foreign", _KEN + "met with many foreign colleagues in Brussels.", "NOR",
         "2022-06-08", _T, []),
    case("ministers-from-region", _KEN + "held talks with ministers from the region.", "NOR",
         "2022-06-08", _T, []),
    case("some-of-her-colleagues", _KEN + "met some of her colleagues in Brussels.", "NOR",
         "2022-06-08", _T, []),
    case("regional-counterparts", _KEN + "met regional counterparts in Vienna.", "NOR",
         "2022-06-08", _T, []),
    # near-misses: a side named
    case("among-them", _KEN + "met several colleagues, among them the Foreign Minister of "
                              "Chile.", "NOR", "2022-06-08", _T,
         [("meeting", ("NOR",), ("CHL",), "2022-06-07")]),
    case("colon-list", _KEN + "met her counterparts from the region: the Foreign Ministers of "
                              "Chile and Peru.", "NOR", "2022-06-08", _T,
         [("meeting", ("NOR",), ("CHL",), "2022-06-07"),
          ("meeting", ("NOR",), ("PER",), "2022-06-07")]),
    case("from-named", "On Tuesday the Minister met colleagues from Chile and Peru.", "NOR",
         "2022-06-08", _T, [("meeting", ("NOR",), ("CHL",), "2022-06-07"),
                            ("meeting", ("NOR",), ("PER",), "2022-06-07")]),
    case("several-from-named", "On Tuesday the Minister met several colleagues from Chile.",
         "NOR", "2022-06-08", _T, [("meeting", ("NOR",), ("CHL",), "2022-06-07")]),
    case("his-counterpart", _KEN + "held talks with his counterpart.", "NOR", "2022-06-08", _T,
         [("meeting", ("NOR",), ("KEN",), "2022-06-07")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_counterparts_from_the_region_name_no_side(text, issuer, date, types,
                                                           expected):
    check(text, issuer, date, types, expected)
