"""Score the extractor on the gold sets, with ../shared/eval/score.py.

    .venv/bin/python tools/evaluate.py            # every set, the blind sets last
    .venv/bin/python tools/evaluate.py --keep out/  # keep the predictions
    .venv/bin/python tools/evaluate.py --kinds     # ... and each blind set's readouts and
                                                   # reviews apart, and the sets still blind pooled
    .venv/bin/python tools/evaluate.py --kinds --pool freshset11,freshset12  # other sets pooled
    .venv/bin/python tools/evaluate.py --extra /data/realset/a --only-extra  # a private set too
                                                   # (same layout: texts/, gold/, meta.tsv)

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
#: the blind sets no rule has been written from yet (pooled by --kinds)
STILL_BLIND = ("freshset15", "freshset16")


def _fresh_sets() -> list[str]:
    """tests/freshset, freshset2, freshset3 ... in the order they were written."""
    names = [p.name for p in (ROOT / "tests").glob("freshset*") if p.is_dir()]
    return sorted(names, key=lambda n: int(n[len("freshset"):] or 1))


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


def _core(report: str) -> str:
    return next((line for line in report.splitlines() if line.startswith("CORE")), "")


def _subsets(sets: list[tuple[Path, Path, Path]], kinds: tuple[str, ...]) -> str:
    """The CORE line of the texts of ``kinds`` in ``sets`` (gold, predictions, meta.tsv)
    scored together: gold and predictions copied into one folder each."""
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred = Path(tmp) / "gold", Path(tmp) / "pred"
        gold.mkdir()
        pred.mkdir()
        n = 0
        for gold_dir, pred_dir, meta in sets:
            for line in meta.read_text(encoding="utf-8").splitlines()[1:]:
                cols = line.split("\t")
                if cols[2] not in kinds:
                    continue
                stem = Path(cols[0]).stem
                name = f"{gold_dir.parent.name}-{stem}.jsonl"
                (gold / name).write_bytes((gold_dir / f"{stem}.jsonl").read_bytes())
                (pred / name).write_bytes((pred_dir / f"{stem}.jsonl").read_bytes())
                n += 1
        return f"{n:>3} texts  {_core(_score(gold, pred))}" if n else "  0 texts"


def _print_kinds(blind: list[tuple[Path, Path, Path]], pool_names: str) -> None:
    """Each set's readouts and reviews apart, then the sets named in ``pool_names`` pooled."""
    readouts, reviews = ("readout", "briefing"), ("annual-review", "review")
    for gold_dir, pred_dir, meta in blind:
        name = gold_dir.parent.name
        print(f"== {name}: readouts {_subsets([(gold_dir, pred_dir, meta)], readouts)}")
        print(f"== {name}: reviews  {_subsets([(gold_dir, pred_dir, meta)], reviews)}")
    pool = tuple(pool_names.split(","))
    still = [b for b in blind if b[0].parent.name in pool]
    print(f"== pooled ({', '.join(pool)}): all      "
          f"{_subsets(still, readouts + reviews)}")
    print(f"== pooled ({', '.join(pool)}): readouts "
          f"{_subsets(still, readouts)}")
    print(f"== pooled ({', '.join(pool)}): reviews  "
          f"{_subsets(still, reviews)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--pool", default=",".join(STILL_BLIND),
                    help="with --kinds: the blind sets to pool (comma-separated folder names; "
                         "default the sets still blind)")
    ap.add_argument("--kinds", action="store_true",
                    help="score each blind set's readouts and reviews apart, and pooled")
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="another folder laid out like tests/freshset* (texts/, gold/, "
                         "meta.tsv), e.g. real texts that may not be committed; repeatable")
    ap.add_argument("--only-extra", action="store_true",
                    help="score only the --extra folders")
    a = ap.parse_args()
    if not (SHARED / "eval" / "score.py").exists():
        sys.exit(f"{SHARED} not found: the gold sets live there")
    out = a.keep or Path(tempfile.mkdtemp())
    blind: list[tuple[Path, Path, Path]] = []
    for folder in a.extra:
        if not (folder / "meta.tsv").exists():
            sys.exit(f"{folder}: no meta.tsv (expected texts/, gold/ and meta.tsv)")
        _folder(folder / "texts", folder / "meta.tsv", out / folder.name)
        print(f"== {folder} (--extra)")
        print(_score(folder / "gold", out / folder.name))
        blind.append((folder / "gold", out / folder.name, folder / "meta.tsv"))
    if a.only_extra:
        if a.kinds:
            _print_kinds(blind, a.pool)
        return
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
    for name in _fresh_sets():
        short = name.replace("freshset", "fresh")
        folder = ROOT / "tests" / name
        if not (folder / "meta.tsv").exists():
            continue
        _folder(folder / "texts", folder / "meta.tsv", out / short)
        print(f"== our blind set tests/{name} (written blind)")
        print(_score(folder / "gold", out / short))
        blind.append((folder / "gold", out / short, folder / "meta.tsv"))
    if a.kinds:
        _print_kinds(blind, a.pool)

if __name__ == "__main__":
    main()
