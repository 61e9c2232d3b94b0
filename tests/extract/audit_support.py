"""What the generality-audit tables (``test_round_thirteen_*_in_other_words.py``) share:
a case as a pytest parameter (a strict xfail with its reason when it names a known
limit), and the check that a text gives the records expected (type, from, to, and a
date prefix; None where the day is not compared)."""

from __future__ import annotations

from typing import Any

import pytest

from communique.extract import extract_text

CORE = ["agreement", "call", "commission", "consultation", "meeting", "visit"]


def case(cid: str, text: str, issuer: str, date: str | None, types: list[str],
         expected: list[tuple[Any, ...]], limit: str = "") -> Any:
    """One audit case as a pytest parameter."""
    marks = [pytest.mark.xfail(strict=True, reason=limit)] if limit else []
    return pytest.param(text, issuer, date, set(types), expected, id=cid, marks=marks)


def _matches(got: list[tuple[Any, ...]], expected: list[tuple[Any, ...]]) -> bool:
    if len(got) != len(expected):
        return False
    left = list(got)
    for kind, frm, to, day in expected:
        hit = next((g for g in left if g[:3] == (kind, tuple(frm), tuple(to)) and (
            day is None or (g[3] or "").startswith(day) and (len(day) != 4 or g[3] == day))),
            None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def check(text: str, issuer: str, date: str | None, types: set[str],
          expected: list[tuple[Any, ...]]) -> None:
    """Assert that ``text`` gives exactly the ``expected`` records of ``types``."""
    recs = extract_text(text, issuer=issuer, date=date).records
    got = [(r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in recs if r.type in types]
    assert _matches(got, expected), got
