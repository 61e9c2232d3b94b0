"""Generality audit (audit15) of "a presidency held in the past simple" (7e35cdc): other
bodies and chairs, a time before or after, a relative clause, an adjective between,
"we", the passive ("was held by Ireland"), a time set off by commas after "held"; and
near-misses where "held" is a meeting's ("briefings held throughout the presidency",
"held before the presidency ended", "held the presidency responsible")."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_T = ["chairmanship"]

_CASES = [
    case("cbss", "Lithuania held the chairmanship of the Council of the Baltic Sea States in "
                 "2021.", "LTU", "2021-12-30", _T, [("chairmanship", ("LTU",), (), "2021")]),
    case("months-first", "From July to December 2022, the Czech Republic held the Presidency "
                         "of the Council of the EU.", "CZE", "2022-12-30", _T,
         [("chairmanship", ("CZE",), (), "2022-07")]),
    case("body-before-noun", "In the first half of 2023 Sweden held the EU Council "
                             "presidency.", "SWE", "2023-12-30", _T,
         [("chairmanship", ("SWE",), (), "2023")]),
    case("we-successfully", "We successfully held the OSCE Chairmanship in 2024.", "MLT",
         "2024-12-30", _T, [("chairmanship", ("MLT",), (), "2024")]),
    case("relative-clause", "Kazakhstan, which held the chairmanship of the CIS in 2023, "
                            "hosted the summit.", "KAZ", "2023-12-30", _T,
         [("chairmanship", ("KAZ",), (), "2023")]),
    case("review-context", "Polish diplomacy in 2025\n\nThe year was busy. Poland held the "
                           "presidency of the Council of the European Union from January to "
                           "June.", "POL", "2025-12-30", _T,
         [("chairmanship", ("POL",), (), "2025-01")]),
    case("last-year-month", "Last year Norway held the presidency of the Security Council in "
                            "January.", "NOR", "2023-02-01", _T,
         [("chairmanship", ("NOR",), (), "2023-01")]),
    case("the-chair", "Malta held the chair of the Committee of Ministers from May to "
                      "November.", "MLT", "2023-12-30", _T,
         [("chairmanship", ("MLT",), (), "2023-05")]),
    case("rotating", "In 2022, the country held the rotating chairmanship of the Visegrad "
                     "Group.", "HUN", "2022-12-30", _T, [("chairmanship", ("HUN",), (), "2022")]),
    case("passive-held-by", "In September the presidency of the Security Council was held by "
                            "Ireland.", "IRL", "2022-12-30", _T,
         [("chairmanship", ("IRL",), (), "2022-09")]),
    case("time-between-commas", "Ireland held, in September, the presidency of the Security "
                                "Council.", "IRL", "2022-12-30", _T,
         [("chairmanship", ("IRL",), (), "2022-09")]),
    # near-misses: no chair
    case("no-held-under", "The summit was held under the Hungarian presidency.", "NOR",
         "2023-05-03", _T, []),
    case("no-held-for", "Elections were held for the presidency of the General Assembly.",
         "NOR", "2023-05-03", _T, []),
    case("no-held-throughout", "Regular briefings were held throughout the presidency.", "NOR",
         "2023-05-03", _T, []),
    case("no-talks-with", "The Minister held talks with the presidency of the Council.", "NOR",
         "2023-05-03", _T, []),
    case("no-held-at", "A meeting was held at the presidency in Rome.", "NOR", "2023-05-03",
         _T, []),
    case("no-held-ahead-of", "Consultations were held ahead of the Swedish presidency.", "NOR",
         "2023-05-03", _T, []),
    case("no-held-alongside", "The conference, held alongside the presidency, drew many "
                              "guests.", "NOR", "2023-05-03", _T, []),
    case("no-held-before", "The debate was held before the presidency ended.", "NOR",
         "2023-05-03", _T, []),
    case("no-held-responsible", "The Minister held the presidency responsible for the delay.",
         "NOR", "2023-05-03", _T, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_audit15_a_presidency_held(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
