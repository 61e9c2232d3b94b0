"""The fourth fresh blind set (tests/freshset4) is well-formed and written in its own words.

The checks of tools/devset_check.py apply (fields, types, ISO3 codes, dates,
offsets, meta.tsv), except that this set has its own length limits: readouts
and briefings 60-350 words, reviews 250-600. Its texts share no run of 12
words with the shared texts it may be compared with (the held-out dev2 texts
are not opened).
"""

from __future__ import annotations

import csv
import importlib.util
import os
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
FRESH = ROOT / "tests" / "freshset4"
SHARED = Path(os.environ.get("COMMUNIQUE_SHARED") or ROOT.parent / "shared")
LIMITS = {"readout": (60, 350), "briefing": (60, 350), "annual-review": (250, 600)}


def _checker() -> ModuleType:
    path = ROOT / "tools" / "devset_check.py"
    spec = importlib.util.spec_from_file_location("devset_check", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _meta() -> list[dict[str, str]]:
    with (FRESH / "meta.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_fresh4_gold_passes_the_devset_checks_apart_from_length() -> None:
    problems, counts, n_texts = _checker().check_devset(FRESH)
    assert [p for p in problems if "words, outside" not in p] == []
    assert n_texts == 30
    assert sum(v for (_, optional), v in counts.items() if not optional) > 100


def test_fresh4_texts_keep_their_own_length_limits() -> None:
    wrong = []
    for row in _meta():
        low, high = LIMITS[row["kind"]]
        words = len((FRESH / "texts" / row["file"]).read_text(encoding="utf-8").split())
        if not low <= words <= high:
            wrong.append((row["file"], words))
    assert wrong == []


def test_fresh4_set_has_twenty_five_readouts_five_reviews_and_many_issuers() -> None:
    rows = _meta()
    kinds = [row["kind"] for row in rows]
    issuers = {row["issuer"] for row in rows}
    assert kinds.count("annual-review") == 5
    assert len(rows) - kinds.count("annual-review") == 25
    assert len(issuers) >= 30 and "AZE" not in issuers


def _shingles(text: str, n: int = 12) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.shared
def test_fresh4_texts_copy_no_sentence_from_the_shared_texts() -> None:
    sources = [SHARED / "samples" / "mfa-azerbaijan-results-2021.txt"]
    for name in ("dev", "dev3"):  # dev2 is held out and never opened
        sources += sorted((SHARED / "samples" / name / "text").glob("*.txt"))
    sources = [p for p in sources if p.exists()]
    if not sources:
        pytest.skip("../shared is absent")
    theirs: set[tuple[str, ...]] = set()
    for path in sources:
        theirs |= _shingles(path.read_text(encoding="utf-8"))
    copied = {p.name for p in sorted((FRESH / "texts").glob("*.txt"))
              if _shingles(p.read_text(encoding="utf-8")) & theirs}
    assert copied == set()
