"""Every code the shared gold files use is in the reference data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from communique.reference import countries, organizations

SHARED = Path(os.environ.get("COMMUNIQUE_SHARED")
              or Path(__file__).resolve().parents[2] / ".." / "shared")
GOLD = SHARED / "eval" / "gold"

pytestmark = pytest.mark.shared


def _records() -> list[dict[str, object]]:
    if not GOLD.is_dir():
        pytest.skip("../shared is absent")
    out = []
    for path in sorted(GOLD.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def test_gold_countries_and_organisations_are_known() -> None:
    known_countries = set(countries())
    known_orgs = set(organizations())
    unknown: set[str] = set()
    for record in _records():
        sides = record["countries"]
        assert isinstance(sides, dict)
        unknown |= set(sides["from"]) - known_countries
        unknown |= set(sides["to"]) - known_countries
        unknown |= set(record["organizations"]) - known_orgs  # type: ignore[arg-type]
        for person in record["persons"]:  # type: ignore[attr-defined]
            code = person["country"]
            if code and code not in known_countries and code not in known_orgs:
                unknown.add(code)
    assert unknown == set()
