"""A chair or presidency told as held in the past simple: "Ireland held the presidency
of the Security Council in September", "In 2024 Malta held the Chairmanship-in-Office
of the OSCE" (a chairmanship, as "has held" and "assumed" are). A meeting held under or
during someone's presidency is no chair taken by the issuer."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["chairmanship"]

_CASES = [
    case("held-presidency", "Ireland held the presidency of the Security Council in "
                            "September 2022.", "IRL", "2022-12-30", _TYPES,
         [("chairmanship", ("IRL",), (), "2022-09")]),
    case("month-first", "In May, Estonia held the presidency of the UN Security Council.",
         "EST", "2021-12-30", _TYPES, [("chairmanship", ("EST",), (), "2021-05")]),
    case("chairmanship-in-office", "Throughout 2024, Malta held the Chairmanship-in-Office "
                                   "of the OSCE.", "MLT", "2024-12-30", _TYPES,
         [("chairmanship", ("MLT",), (), "2024")]),
    case("we-held", "This year we held the chairmanship of the Council of the Baltic Sea "
                    "States.", "LVA", "2023-12-29", _TYPES,
         [("chairmanship", ("LVA",), (), "2023")]),
    case("held-under", "The meeting was held under the presidency of Malta.", "NOR",
         "2023-05-03", _TYPES, []),
    case("held-during", "Talks were held during the Polish presidency of the Council.", "NOR",
         "2023-05-03", _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_presidency_held(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
