"""A visit named by its noun and its visitor, then told in a relative clause on the
visitor with a date of its own ("the visit of Defence Minister A, who was in Thailand
last month") is one visit, on the clause's date, not a second one on the day the text
falls back on (sentences of our own)."""

from __future__ import annotations

import pytest

from tests.extract.probe_support import dated_core

_LEAD = "The Foreign Minister was in Japan since Monday on a three-day visit. "


@pytest.mark.parametrize("sentence", [
    "His visit comes just after the visit of Japanese Defence Minister Kato, who was in "
    "Thailand last month.",
    "It follows the visit of the Japanese Trade Minister, who was in Thailand last week.",
    "The visit follows the visit by Japanese Economy Minister Ito, who also travelled to "
    "Thailand last month.",
    "His trip comes after the visit of the Japanese Speaker, who came to Thailand last week.",
])
def test_visit_told_again_in_a_relative_clause_is_one(sentence: str) -> None:
    got = [r for r in dated_core("THA", _LEAD + sentence) if r[1] == ("JPN",)]
    assert [r[:3] for r in got] == [("visit", ("JPN",), ("THA",))], got
    assert got[0][3] in ("2025-02", "2025-03"), got


def test_visit_of_someone_else_stays() -> None:
    # near miss: the relative clause is about another trip, to a third country
    got = dated_core("THA", _LEAD + "It follows the visit of Japanese Defence Minister Kato "
                                    "to Thailand, who was in Vietnam last month.")
    assert ("visit", ("JPN",), ("THA",)) in [r[:3] for r in got], got
