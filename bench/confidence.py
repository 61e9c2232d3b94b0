"""What the confidence step costs: extraction with and without it, on the same
corpus, in the same run (interleaved rounds, best of each).

    .venv/bin/python bench/confidence.py [--words 100000] [--rounds 3]

The corpus is bench/extract.py's (the demo readouts, varied). Without the
step, records are the same but carry no confidence.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import corpus_docs  # noqa: E402

from communique.extract import PIPELINE, extract_text  # noqa: E402


def _run(docs: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    records = sum(len(extract_text(d, issuer="GEO", date="2023").records) for d in docs)
    return time.perf_counter() - t0, records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, "
          f"Python {platform.python_version()}")
    docs = corpus_docs(a.words)
    words = sum(len(d.split()) for d in docs)
    extract_text(docs[0], issuer="GEO", date="2023")  # load data outside the timing
    full = list(PIPELINE)
    without = [(n, s) for n, s in full if n != "confidence"]
    best = {"with": float("inf"), "without": float("inf")}
    counts = {}
    for _ in range(a.rounds):
        for name, steps in (("without", without), ("with", full)):
            PIPELINE[:] = steps
            secs, counts[name] = _run(docs)
            best[name] = min(best[name], secs)
    PIPELINE[:] = full
    print(f"corpus: {len(docs)} documents, {words:,} words, {counts['with']:,} records")
    for name in ("without", "with"):
        print(f"{name:>8} the confidence step: {words / best[name]:>10,.0f} words/s "
              f"(best of {a.rounds}: {best[name]:.2f} s)")
    print(f"cost of the step: {100 * (best['with'] / best['without'] - 1):+.1f}% of extraction "
          f"time")


if __name__ == "__main__":
    main()
