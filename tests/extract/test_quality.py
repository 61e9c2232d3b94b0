"""Accuracy against gold annotations, scored by ../shared/eval/score.py.

Runs when the shared folder is beside the checkout (as in CI); skipped
otherwise. The bars are the project's: see README "Quality".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from communique.documents import read_document
from communique.extract import extract_document

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("COMMUNIQUE_SHARED") or ROOT.parent / "shared")
SCORE = SHARED / "eval" / "score.py"
DEVSET = ROOT / "tests" / "devset"

needs_shared = pytest.mark.skipif(not SCORE.exists(), reason="../shared (score.py, gold) absent")


def _write(records, path: Path) -> None:
    path.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n"
                            for r in records), encoding="utf-8")


def _score(gold: Path, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(SCORE), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _run_folder(texts: Path, meta: Path, out: Path, date_col: int) -> None:
    out.mkdir()
    for line in meta.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        doc = read_document(texts / cols[0])
        res = extract_document(doc, issuer=cols[1], date=cols[date_col] or None)
        _write(res.records, out / (Path(cols[0]).stem + ".jsonl"))


@needs_shared
def test_quality_on_the_sample_meets_the_bars(tmp_path):
    doc = read_document(SHARED / "samples" / "mfa-azerbaijan-results-2021.txt")
    pred = tmp_path / "pred.jsonl"
    _write(extract_document(doc, issuer="AZE").records, pred)
    s = _score(SHARED / "eval" / "gold" / "mfa-azerbaijan-results-2021.jsonl", pred)
    assert s["core"]["f1"] >= 0.95, s["core"]  # measured 0.97
    assert s["all"]["f1"] >= 0.86, s["all"]  # measured 0.89
    assert s["figures"]["f1"] >= 0.95, s["figures"]  # measured 1.00
    assert s["date_exact"] >= 0.95
    assert s["visit_direction"] >= 0.95


@needs_shared
def test_quality_on_the_real_dev_set_meets_the_bar(tmp_path):
    dev = SHARED / "samples" / "dev"
    _run_folder(dev / "text", dev / "meta.tsv", tmp_path / "pred", date_col=3)
    s = _score(SHARED / "eval" / "gold" / "dev", tmp_path / "pred")
    assert s["docs"] == 20
    assert s["core"]["f1"] >= 0.92, s["core"]  # measured 0.94 (issue 9 bar: 0.90)


@needs_shared
@pytest.mark.skipif(not (DEVSET / "meta.tsv").exists(), reason="own dev set not present")
def test_quality_on_our_own_dev_set(tmp_path):
    _run_folder(DEVSET / "texts", DEVSET / "meta.tsv", tmp_path / "pred", date_col=3)
    s = _score(DEVSET / "gold", tmp_path / "pred")
    assert s["docs"] >= 25
    # a regression guard a little under the measured figure (README "Quality")
    assert s["core"]["f1"] >= 0.90, s["core"]  # measured 0.92


@needs_shared
@pytest.mark.parametrize("name, docs, bar", [
    # regression guards a little under the measured core F1 (dev2 0.90, dev3 0.91):
    # texts of governments the rules were not first written for (issue 9 bar for
    # dev2: 0.88)
    ("dev2", 30, 0.88),
    ("dev3", 34, 0.88),
])
def test_quality_on_the_unseen_dev_sets_holds(tmp_path, name, docs, bar):
    folder = SHARED / "samples" / name
    if not (folder / "meta.tsv").exists():
        pytest.skip(f"{name} not in the shared folder")
    _run_folder(folder / "text", folder / "meta.tsv", tmp_path / "pred", date_col=3)
    s = _score(SHARED / "eval" / "gold" / name, tmp_path / "pred")
    assert s["docs"] == docs
    assert s["core"]["f1"] >= bar, s["core"]


@needs_shared
@pytest.mark.parametrize("name, docs, bar", [
    # our five blind sets (tests/freshset*/README.md): written for this project by
    # annotators who had not read the rules. Rules were written from the first three
    # afterwards (measured 0.99, 0.91, 0.94); the fourth stays blind, and its guard
    # sits under its measured 0.83 only to catch a regression, not as a target
    ("freshset", 36, 0.95),
    ("freshset2", 36, 0.86),
    ("freshset3", 36, 0.90),
    ("freshset4", 30, 0.78),
    # the fifth, written blind for the final proxy, measured 0.84 at first
    ("freshset5", 30, 0.79),
    # the sixth (tests/freshset6), blind: first measured 0.79 (0.7877); guard 0.05 under
    ("freshset6", 30, 0.73),
    # the seventh (tests/freshset7), blind: first measured 0.79 (0.7899); guard 0.05 under
    ("freshset7", 30, 0.73),
    # the eighth (tests/freshset8), blind: first measured 0.86 (0.8632); guard 0.05 under
    ("freshset8", 30, 0.81),
    # the ninth (tests/freshset9), blind: first measured 0.86 (0.8640); guard 0.05 under
    ("freshset9", 30, 0.81),
    # the tenth (tests/freshset10), blind: first measured 0.77 (0.7750); guard 0.05 under
    ("freshset10", 30, 0.72),
    # the eleventh (tests/freshset11), blind: first measured 0.81 (0.8061); guard 0.05 under
    ("freshset11", 30, 0.75),
    # the twelfth (tests/freshset12), blind: first measured 0.89 (0.8927); guard 0.05 under
    ("freshset12", 30, 0.84),
    # the thirteenth (tests/freshset13), blind: first measured 0.87 (0.8696); guard 0.05 under
    ("freshset13", 30, 0.82),
    # the fourteenth (tests/freshset14), blind: first measured 0.79 (0.7944); guard 0.05 under
    ("freshset14", 30, 0.74),
    # the fifteenth (tests/freshset15), blind: first measured 0.88 (0.8776); guard 0.05 under
    ("freshset15", 30, 0.83),
    # the sixteenth (tests/freshset16), blind: first measured 0.84 (0.8411); guard 0.05 under
    ("freshset16", 30, 0.79),
])
def test_quality_on_our_blind_sets_holds(tmp_path, name, docs, bar):
    folder = ROOT / "tests" / name
    if not (folder / "meta.tsv").exists():
        pytest.skip(f"tests/{name} not present")
    _run_folder(folder / "texts", folder / "meta.tsv", tmp_path / "pred", date_col=3)
    s = _score(folder / "gold", tmp_path / "pred")
    assert s["docs"] == docs
    assert s["core"]["f1"] >= bar, s["core"]
