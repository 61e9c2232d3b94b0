"""Score the extractor on the gold sets, with ../shared/eval/score.py.

    .venv/bin/python tools/evaluate.py            # every set, the blind sets last
    .venv/bin/python tools/evaluate.py --keep out/  # keep the predictions

Needs the shared folder beside the checkout (../shared).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from communique.documents import read_document
from communique.extract import extract_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("COMMUNIQUE_SHARED") or ROOT.parent / "shared")


def _write(records: list, path: Path) -> None:
    path.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def _folder(texts: Path, meta: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for line in meta.read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        res = extract_document(read_document(texts / cols[0]), issuer=cols[1],
                               date=cols[3] or None)
        _write(res.records, out / (Path(cols[0]).stem + ".jsonl"))


def _score(gold: Path, pred: Path) -> str:
    return subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold),
                           str(pred)], capture_output=True, text=True, check=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path)
    a = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        sys.exit(f"{SHARED} not found: the gold sets live there")
    out = a.keep or Path(tempfile.mkdtemp())
    sample = SHARED / "samples" / "mfa-azerbaijan-results-2021.txt"
    (out / "sample").mkdir(parents=True, exist_ok=True)
    _write(extract_document(read_document(sample), issuer="AZE").records,
           out / "sample" / "pred.jsonl")
    print("== the sample (--issuer AZE)")
    print(_score(SHARED / "eval" / "gold" / "mfa-azerbaijan-results-2021.jsonl",
                 out / "sample" / "pred.jsonl"))
    dev = SHARED / "samples" / "dev"
    _folder(dev / "text", dev / "meta.tsv", out / "dev")
    print("== the shared development set (20 texts of 20 governments)")
    print(_score(SHARED / "eval" / "gold" / "dev", out / "dev"))
    for name, what in (("dev2", "30 texts of 30 governments"),
                       ("dev3", "34 texts of 27 governments, hard genres")):
        folder = SHARED / "samples" / name
        if not (folder / "meta.tsv").exists():
            continue
        _folder(folder / "text", folder / "meta.tsv", out / name)
        print(f"== the shared {name} set ({what})")
        print(_score(SHARED / "eval" / "gold" / name, out / name))
    own = ROOT / "tests" / "devset"
    _folder(own / "texts", own / "meta.tsv", out / "own")
    print("== our own development set (tests/devset)")
    print(_score(own / "gold", out / "own"))
    for short, name, which in (("fresh", "freshset", "fresh"),
                               ("fresh2", "freshset2", "second fresh"),
                               ("fresh3", "freshset3", "third fresh"),
                               ("fresh4", "freshset4", "fourth fresh"),
                               ("fresh5", "freshset5", "fifth fresh"),
                               ("fresh6", "freshset6", "sixth fresh")):
        folder = ROOT / "tests" / name
        if not (folder / "meta.tsv").exists():
            continue
        _folder(folder / "texts", folder / "meta.tsv", out / short)
        print(f"== our {which} set (tests/{name}, written blind)")
        print(_score(folder / "gold", out / short))

if __name__ == "__main__":
    main()
