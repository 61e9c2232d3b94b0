"""A review coordinates trips in one sentence: "The President made state visits to Japan
(March) and Korea (March), as well as an official visit to Brazil (August)". A place of
the first list, however far down it ("Korea", after "Japan (March) and"), was gone to:
it is no visitor of the visit told after it; the sentence's traveller is (before, the
visit to Brazil was read as Korea's). A guest named after "of" stays the visitor
(sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("months-in-brackets",
         "Review 2024\n\nThe President made state visits to Japan (March) and Korea (March), "
         "as well as an official visit to Brazil (August).", "ROU", "2024", CORE,
         [("visit", ("ROU",), ("JPN",), "2024-03"), ("visit", ("ROU",), ("KOR",), "2024-03"),
          ("visit", ("ROU",), ("BRA",), "2024-08")]),
    case("and-a-working-visit",
         "Review 2024\n\nThe Prime Minister made official visits to Spain (May) and Portugal "
         "(June) and a working visit to France (July).", "ROU", "2024", CORE,
         [("visit", ("ROU",), ("ESP",), "2024-05"), ("visit", ("ROU",), ("PRT",), "2024-06"),
          ("visit", ("ROU",), ("FRA",), "2024-07")]),
    case("visited-list",
         "Review 2023\n\nThe Minister visited Kenya (February), Ghana (April) and Nigeria (May), "
         "as well as paying an official visit to Senegal in June.", "EST", "2023", CORE,
         [("visit", ("EST",), ("KEN",), "2023-02"), ("visit", ("EST",), ("GHA",), "2023-04"),
          ("visit", ("EST",), ("NGA",), "2023-05"), ("visit", ("EST",), ("SEN",), "2023-06")]),
    case("plus-state-visit",
         "Review 2023\n\nThe President made working visits to Latvia and Lithuania, plus a state "
         "visit to Poland.", "EST", "2023", CORE,
         [("visit", ("EST",), ("LVA",), "2023"), ("visit", ("EST",), ("LTU",), "2023"),
          ("visit", ("EST",), ("POL",), "2023")]),
    # near miss: a guest named after "of" in the later visit stays its visitor
    case("guest-after-of",
         "Review 2024\n\nThe Minister travelled to Greece in March, and a visit of the Foreign "
         "Minister of Cyprus to Bucharest took place in May.", "ROU", "2024", CORE,
         [("visit", ("ROU",), ("GRC",), "2024-03"), ("visit", ("CYP",), ("ROU",), "2024-05")]),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_place_gone_to_is_no_later_visitor(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
