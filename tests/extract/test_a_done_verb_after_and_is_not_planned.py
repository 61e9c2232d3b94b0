"""A verb in the past after "and" is a predicate of its own, done, even after a
plan: "agreed to deepen trade and held talks with A", "agreed to expand cooperation
and then met the President of B", "agreed to meet again and signed a memorandum with
C". A bare verb after the plan stays planned ("agreed to expand trade and hold talks")."""

from __future__ import annotations

import pytest

from tests.extract.audit_support import CORE, case, check

_CASES = [
    case("held-talks", "The two sides agreed to deepen trade and held talks with the Foreign "
                       "Minister of Togo.", "GHA", "2023-05-03", CORE,
         [("meeting", ("GHA",), ("TGO",), "2023-05-03")]),
    case("then-met", "The Minister agreed to expand cooperation and then met the President of "
                     "Togo.", "GHA", "2023-05-03", CORE,
         [("meeting", ("GHA",), ("TGO",), "2023-05-03")]),
    case("signed", "They agreed to meet again and signed a memorandum with Togo.",
         "GHA", "2023-05-03", CORE, [("agreement", ("GHA",), ("TGO",), "2023-05-03")]),
    case("will-then-held", "The ministers pledged to boost investment and later held a working "
                           "lunch with the Ambassador of Japan.", "GHA", "2023-05-03", CORE,
         [("meeting", ("GHA",), ("JPN",), "2023-05-03")]),
    # the bare verb: still what was agreed
    case("hold-talks", "The two sides agreed to deepen trade and hold talks with the Foreign "
                       "Minister of Togo.", "GHA", "2023-05-03", CORE, []),
]


@pytest.mark.parametrize(("text", "issuer", "date", "types", "expected"), _CASES)
def test_a_done_verb_after_and_is_not_planned(text, issuer, date, types, expected):
    check(text, issuer, date, types, expected)
