"""tools/evaluate.py --extra scores a folder kept outside the repository (e.g. real texts
that may not be committed) with the same scorer as the shipped sets."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
needs_scorer = pytest.mark.skipif(not SCORER.exists(),
                                  reason="../shared/eval/score.py is not beside the checkout")

TEXT = ("Minister of Foreign Affairs Ana Lopes held a telephone conversation on 3 March "
        "with her Kenyan counterpart.\n")


def _gold(text: str) -> dict:
    sentence = text.strip()
    return {"id": "x-1", "type": "call", "date": {"start": "2024-03-03", "end": None},
            "countries": {"from": ["PRT"], "to": ["KEN"]}, "organizations": [], "persons": [],
            "place": {"country": None, "city": None}, "title": None, "quantity": None,
            "optional": False,
            "source": {"doc": "01_prt-call.txt", "start": 0, "end": len(sentence),
                       "text": sentence}}


@needs_scorer
def test_evaluate_scores_an_extra_folder_alone(tmp_path: Path) -> None:
    folder = tmp_path / "private"
    (folder / "texts").mkdir(parents=True)
    (folder / "gold").mkdir()
    (folder / "texts" / "01_prt-call.txt").write_text(TEXT, encoding="utf-8")
    (folder / "gold" / "01_prt-call.jsonl").write_text(json.dumps(_gold(TEXT)) + "\n",
                                                       encoding="utf-8")
    (folder / "meta.tsv").write_text(
        "file\tissuer\tkind\tdate\n01_prt-call.txt\tPRT\treadout\t2024\n", encoding="utf-8")
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "evaluate.py"), "--extra",
                          str(folder), "--only-extra", "--kinds", "--pool", "private"],
                         capture_output=True, text=True, check=True).stdout
    core = [line.split() for line in out.splitlines() if line.startswith("CORE")]
    assert core and core[0][1:4] == ["1", "0", "0"], out
    assert "== private: readouts   1 texts" in out
    assert "== the sample" not in out


@needs_scorer
def test_evaluate_names_a_folder_without_meta(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "evaluate.py"), "--extra",
                          str(tmp_path), "--only-extra"], capture_output=True, text=True)
    assert run.returncode != 0
    assert str(tmp_path) in run.stderr and "meta.tsv" in run.stderr
