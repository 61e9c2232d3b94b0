"""What the three probe tables (``test_probes_*.py``) share: a probe as a pytest
parameter (a strict xfail with its reason when it names a known limit), the record a
probe expects, and the records extraction gives, in the same shape."""

from __future__ import annotations

from typing import Any

import pytest

from communique.extract import extract_text

CORE = frozenset({"visit", "meeting", "call", "consultation", "commission", "agreement"})


def probe(head: tuple[Any, ...], expected: tuple[tuple, ...], limit: str = "") -> Any:
    """``pytest.param(*head, sorted(expected))``; a known limit is a strict xfail."""
    marks = [pytest.mark.xfail(strict=True, reason=limit)] if limit else []
    return pytest.param(*head, sorted(expected), marks=marks)


def event(kind: str, frm: str, to: str, date: str, orgs: str | None = None) -> tuple:
    """The record expected: countries as space-separated codes; organisations (comma-
    separated) only where the table compares them (``orgs`` given)."""
    head = (kind, tuple(frm.split()), tuple(to.split()))
    if orgs is None:
        return (*head, date)
    return (*head, tuple(o.strip() for o in orgs.split(",") if o.strip()), date)


def records(text: str, issuer: str, types: set[str] | frozenset[str], *,
            date: str | None = None, orgs: bool = False) -> list[tuple]:
    """The records of ``types`` extraction gives, in :func:`event`'s shape, sorted."""
    res = extract_text(text, issuer=issuer, date=date)
    return sorted((r.type, tuple(r.from_), tuple(r.to), *((tuple(r.organizations),) if orgs
                                                          else ()), r.date.start)
                  for r in res.records if r.type in types)


#: the core types and multilateral sessions
CORE_AND_SESSIONS = frozenset({"visit", "meeting", "call", "consultation", "commission",
                               "agreement", "multilateral"})


def dated_core(issuer: str, text: str,
               types: frozenset[str] = CORE_AND_SESSIONS) -> list[tuple]:
    """The records of ``types`` (the core and sessions) of ``text`` under a bare dateline
    of 12 March 2025, in :func:`event`'s shape (no organisations), sorted."""
    return records("12 March 2025\n\n" + text, issuer, types)

