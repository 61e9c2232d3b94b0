"""Modules stay small: none of the package's modules grows past 600 lines.

A module that reaches the limit is split by what it does (see how
``extract/_frames.py`` gave its travel frames to ``_frames_travel.py``), not
trimmed of comments.
"""

from __future__ import annotations

from pathlib import Path

import communique

ROOT = Path(communique.__file__).parent
LIMIT = 600


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_no_module_is_longer_than_the_limit() -> None:
    long = {str(p.relative_to(ROOT)): n for p in sorted(ROOT.rglob("*.py"))
            if (n := _lines(p)) > LIMIT}
    assert long == {}, f"split these modules (over {LIMIT} lines): {long}"


def test_the_count_reads_every_module(tmp_path: Path) -> None:
    long = tmp_path / "long.py"
    long.write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    assert _lines(long) == LIMIT + 1
    assert sum(1 for _ in ROOT.rglob("*.py")) > 100
