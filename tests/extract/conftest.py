from __future__ import annotations

import pytest

from communique.extract import extract_text


def _brief(records):
    return sorted((r.type, tuple(r.from_), tuple(r.to), r.date.start) for r in records)


@pytest.fixture
def ex():
    """Extract and reduce each record to (type, from, to, date start)."""

    def run(text: str, issuer: str = "GEO", date: str | None = "2023", types=None):
        res = extract_text(text, issuer=issuer, date=date)
        recs = [r for r in res.records if types is None or r.type in types]
        return _brief(recs)

    return run
