"""A document adopted by both sides is a signing of the two: "A roadmap for trade for
2023-2025 was adopted by the two sides", "Both ministers also adopted a joint action
plan" (an agreement with the partner the text is about, as "inked" or "signed" are). A
body's own decision or plan ("The Cabinet adopted an action plan", "The General
Assembly adopted a declaration") is no agreement of two."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import case, check

_TYPES = ["agreement"]
_TALKS = "Foreign Minister Murat Nurtleu held talks with the Foreign Minister of Turkey in Astana. "

_CASES = [
    case("roadmap-passive", _TALKS + "A roadmap for trade cooperation for 2023-2025 was "
                                     "adopted by the two sides.", "KAZ", "2023-05-20", _TYPES,
         [("agreement", ("KAZ",), ("TUR",), "2023-05-20")]),
    case("both-ministers", _TALKS + "Both ministers also adopted a joint action plan for "
                                    "2024.", "KAZ", "2023-05-20", _TYPES,
         [("agreement", ("KAZ",), ("TUR",), "2023-05-20")]),
    case("declaration-parties", "On Tuesday Chile and Peru held talks in Lima. A joint "
                                "declaration on water was adopted by both parties.", "CHL",
         "2022-09-08", _TYPES, [("agreement", ("CHL",), ("PER",), "2022-09-06")]),
    case("two-delegations", "The Foreign Minister of Ghana visited Abuja on Monday. The two "
                            "delegations adopted a programme of cooperation for 2025.", "NGA",
         "2024-11-20", _TYPES, [("agreement", ("NGA",), ("GHA",), "2024-11-18")]),
    case("cabinet-plan", "The Cabinet adopted an action plan on migration.", "KAZ",
         "2023-05-20", _TYPES, []),
    case("assembly-declaration", "The UN General Assembly adopted a declaration on "
                                 "Afghanistan.", "KAZ", "2023-05-20", _TYPES, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_document_adopted_by_both_sides(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
