"""A meeting whose sentence names a country only in what it was about ("met in
London on Monday to discuss Ukraine", "to review the situation in Syria") is not
with that country: abroad, it is with the country of its place; with no place
abroad, its side stays unknown. A partner the text told before stays the side."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("names", "Eide and Lammy met in London on Monday to discuss Ukraine.",
         "NOR", "2024-03-12", CORE, [("meeting", ("NOR",), ("GBR",), "2024-03-11")]),
    case("title-name", "The Minister met Foreign Secretary Lammy in London on Monday to discuss "
                       "support for Ukraine.", "NOR", "2024-03-12", CORE,
         [("meeting", ("NOR",), ("GBR",), "2024-03-11")]),
    case("review-situation", "The Secretary met Minister Barrot in Paris to review the "
                             "situation in Syria.", "USA", "2025-02-03", CORE,
         [("meeting", ("USA",), ("FRA",), "2025-02-03")]),
    case("talk-about", "On Tuesday Minister Ruto met Minister Shoukry in Cairo to talk about "
                       "Somalia.", "KEN", "2023-06-08", CORE,
         [("meeting", ("KEN",), ("EGY",), "2023-06-06")]),
    case("no-place", "The ministers met on Monday to discuss the war in Ukraine.",
         "NOR", "2024-03-12", CORE, []),
    # the country named as a side, then as the topic: the side
    case("side-and-topic", "The Minister met the Foreign Minister of Libya in Rome to discuss "
                           "Libya.", "ITA", "2024-03-12", CORE,
         [("meeting", ("ITA",), ("LBY",), "2024-03-12")]),
    # a partner told before: that one
    case("told-before", "The Polish Foreign Minister arrived in Oslo on Monday. The ministers "
                        "met to discuss Ukraine.", "NOR", "2024-03-12", ["meeting"],
         [("meeting", ("NOR",), ("POL",), "2024-03-11")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_country_talked_about_is_no_side(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
