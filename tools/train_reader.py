"""Train the statistical reader (src/communique/extract/patterns/reader.json) on
the gold sets: each sentence of each text, labelled with the core types of the
gold records told in it.

    .venv/bin/pip install scikit-learn==1.9.1   # training only; the product reads the JSON
    .venv/bin/python tools/train_reader.py              # train (blind sets held out), write
    .venv/bin/python tools/train_reader.py --hold "" --out /tmp/r.json   # every set
    .venv/bin/python tools/train_reader.py --cv    # out-of-fold precision per type, by set

A sentence is a positive for a type when a non-optional gold record of that
type is told in it (its source overlaps at least half of the sentence or of
the record's source); one with only optional records of the type is left out
for that type; every other sentence is a negative.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

from communique.documents import read_document
from communique.extract.reader import reader_features, reader_tokens
from communique.extract.text import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("COMMUNIQUE_SHARED") or ROOT.parent / "shared")
OUT = ROOT / "src" / "communique" / "extract" / "patterns" / "reader.json"
CORE = ("visit", "meeting", "call", "consultation", "commission", "agreement")
#: a word is "common" (kept in lower case when capitalised) when the training texts
#: write it in lower case at least this often
COMMON_MIN = 3
#: a feature is kept when it occurs in at least this many documents
MIN_DF = 2
#: the blind sets no rule was written from, left out of the packaged reader's training
STILL_BLIND = ("freshset15", "freshset16")


def gold_sets() -> list[tuple[str, Path, Path, Path | None]]:
    """(name, texts folder, gold folder, meta.tsv) of every gold set there is."""
    out: list[tuple[str, Path, Path, Path | None]] = []
    sample = SHARED / "samples" / "mfa-azerbaijan-results-2021.txt"
    if sample.exists():
        out.append(("sample", sample, SHARED / "eval" / "gold"
                    / "mfa-azerbaijan-results-2021.jsonl", None))
    for name in ("dev", "dev2", "dev3"):
        folder = SHARED / "samples" / name
        if (folder / "meta.tsv").exists():
            out.append((name, folder / "text", SHARED / "eval" / "gold" / name,
                        folder / "meta.tsv"))
    for folder in sorted((ROOT / "tests").glob("*set*")):
        if (folder / "meta.tsv").exists() and (folder / "gold").is_dir():
            out.append((folder.name, folder / "texts", folder / "gold", folder / "meta.tsv"))
    return out


def extra_sets(folders: list[Path]) -> list[tuple[str, Path, Path, Path | None]]:
    """(name, texts, gold, meta.tsv) of folders laid out like tests/freshset*."""
    for f in folders:
        if not (f / "meta.tsv").exists() or not (f / "gold").is_dir():
            sys.exit(f"{f}: not a gold set (it needs meta.tsv, texts/ and gold/)")
    return [(f.name, f / "texts", f / "gold", f / "meta.tsv") for f in folders]


def documents(name: str, texts: Path, gold: Path, meta: Path | None):
    """(set name, text, gold records) of each document of a set."""
    if meta is None:
        yield name, read_document(texts).text, _load(gold)
        return
    for line in meta.read_text(encoding="utf-8").splitlines()[1:]:
        file = line.split("\t")[0]
        g = gold / (Path(file).stem + ".jsonl")
        if g.exists():
            yield name, read_document(texts / file).text, _load(g)


def _load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _told_in(a: int, b: int, r: dict) -> bool:
    s, e = r["source"]["start"], r["source"]["end"]
    over = min(b, e) - max(a, s)
    return over > 0 and over * 2 >= min(b - a, e - s)


def sentences(docs) -> list[tuple[str, int, str, int, int, dict[str, int]]]:
    """(set, doc number, text, start, end, labels) per sentence; a label is 1
    (told), 0 (not) or -1 (only optional records of the type: left out)."""
    out = []
    for n, (name, text, gold) in enumerate(docs):
        for a, b in sentence_spans(text):
            labels = {}
            for t in CORE:
                told = [r for r in gold if r["type"] == t and _told_in(a, b, r)]
                labels[t] = 1 if any(not r.get("optional") for r in told) else \
                    -1 if told else 0
            out.append((name, n, text, a, b, labels))
    return out


def common_words(rows) -> frozenset[str]:
    c: Counter[str] = Counter()
    for _, _, text, a, b, _ in rows:
        c.update(w for w, _, _ in reader_tokens(text, a, b, frozenset())
                 if not w.startswith("<") and w == w.lower())
    # (reader_tokens with no common words gives "<cap>" for capitalised words;
    # the lower-case ones are what counts)
    return frozenset(w for w, k in c.items() if k >= COMMON_MIN)


def featurise(rows, common):
    return [reader_features([t for t, _, _ in reader_tokens(text, a, b, common)])
            for _, _, text, a, b, _ in rows]


class _Constant:
    """A model for a type the training sentences never (or always) tell."""

    def __init__(self, n: int, label: int) -> None:
        self.coef_ = [[0.0] * n]
        self.intercept_ = [10.0 if label else -10.0]


def fit(feats, rows, c: float):
    """One logistic regression per type; returns (vocabulary, models)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    df: Counter[str] = Counter()
    seen_doc: dict[str, set[tuple[str, int]]] = {}
    for f, row in zip(feats, rows, strict=False):
        for x in f:
            seen_doc.setdefault(x, set()).add((row[0], row[1]))
    df.update({x: len(d) for x, d in seen_doc.items()})
    vocab = sorted(x for x, k in df.items() if k >= MIN_DF)
    index = {x: i for i, x in enumerate(vocab)}
    models = {}
    for t in CORE:
        keep = [i for i, r in enumerate(rows) if r[5][t] >= 0]
        data, ri, ci = [], [], []
        for j, i in enumerate(keep):
            for x in feats[i]:
                k = index.get(x)
                if k is not None:
                    data.append(1.0)
                    ri.append(j)
                    ci.append(k)
        X = csr_matrix((data, (ri, ci)), shape=(len(keep), len(vocab)))
        y = [rows[i][5][t] for i in keep]
        if len(set(y)) < 2:  # no sentence tells the type (or every one does): a constant
            models[t] = _Constant(len(vocab), 1 if y and y[0] == 1 else 0)
            continue
        m = LogisticRegression(C=c, max_iter=2000, class_weight=None)
        m.fit(X, y)
        models[t] = m
    return vocab, models


def predict(vocab, models, feats) -> list[dict[str, float]]:
    import math

    index = {x: i for i, x in enumerate(vocab)}
    out = []
    for f in feats:
        ks = [index[x] for x in f if x in index]
        p = {}
        for t, m in models.items():
            z = float(m.intercept_[0]) + sum(float(m.coef_[0][k]) for k in ks)
            p[t] = 1 / (1 + math.exp(-z))
        out.append(p)
    return out


def cross_validate(rows, common, c: float) -> None:
    """Out-of-fold: each set predicted by a model trained on the others."""
    feats = featurise(rows, common)
    names = sorted({r[0] for r in rows})
    probs: list[dict[str, float] | None] = [None] * len(rows)
    for held in names:
        tr = [i for i, r in enumerate(rows) if r[0] != held]
        te = [i for i, r in enumerate(rows) if r[0] == held]
        vocab, models = fit([feats[i] for i in tr], [rows[i] for i in tr], c)
        for i, p in zip(te, predict(vocab, models, [feats[i] for i in te]), strict=False):
            probs[i] = p
    print(f"out-of-fold, {len(rows)} sentences, C={c}")
    for t in CORE:
        pos = sum(1 for r in rows if r[5][t] == 1)
        line = [f"{t:<13} {pos:>5} told"]
        for th in (0.5, 0.6, 0.7, 0.8, 0.9):
            hit = [i for i, r in enumerate(rows) if r[5][t] >= 0 and probs[i][t] >= th]  # type: ignore[index]
            tp = sum(1 for i in hit if rows[i][5][t] == 1)
            prec, rec = tp / len(hit) if hit else 0, tp / pos if pos else 0
            line.append(f"≥{th}: P {prec:.2f} R {rec:.2f}")
        print("  ".join(line))


def export(vocab, models, common, thresholds: dict[str, float]) -> dict:
    weights: dict[str, list[float]] = {}
    for k, x in enumerate(vocab):
        w = [round(float(models[t].coef_[0][k]), 3) for t in CORE]
        if any(abs(v) >= 0.01 for v in w):
            weights[x] = w
    used = {w for x in weights for w in x.split(" ")}
    return {"types": list(CORE), "bias": [round(float(models[t].intercept_[0]), 3) for t in CORE],
            "thresholds": thresholds, "common": sorted(common & used),
            "weights": weights}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hold", default=",".join(STILL_BLIND),
                    help="sets left out of training (comma-separated; default the blind sets "
                         "kept to measure the reader on, as tools/evaluate.py's --pool)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--threshold", type=float, default=0.9,
                    help="the probability at or above which a silent sentence is framed")
    ap.add_argument("--cv", action="store_true", help="print out-of-fold figures, write nothing")
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="also train on a folder laid out like tests/freshset* (texts/, gold/, "
                         "meta.tsv) kept outside the repository; repeatable (the reader.json "
                         "it writes can then only be rebuilt where those folders are)")
    a = ap.parse_args()
    if not (SHARED / "eval").exists():
        sys.exit(f"{SHARED} not found: the gold sets live there")
    held = set(filter(None, a.hold.split(",")))
    sets = gold_sets() + extra_sets(a.extra)
    docs = [d for s in sets if s[0] not in held for d in documents(*s)]
    rows = sentences(docs)
    common = common_words(rows)
    print(f"{len(docs)} documents, {len(rows)} sentences, "
          + ", ".join(f"{t} {sum(1 for r in rows if r[5][t] == 1)}" for t in CORE))
    if a.cv:
        cross_validate(rows, common, a.c)
        return
    vocab, models = fit(featurise(rows, common), rows, a.c)
    data = export(vocab, models, common, {t: a.threshold for t in CORE})
    a.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                     + "\n", encoding="utf-8")
    print(f"wrote {a.out}: {len(data['weights'])} features")


if __name__ == "__main__":
    main()
