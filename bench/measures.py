"""What the ``measures`` extraction step costs: words/second of ``extract_text``
with the step and without it, on the same corpus in the same run (the
baseline is the pipeline minus that one step), and the time of
``counting.measure_sums`` over the records found.

    .venv/bin/python bench/measures.py [--words 200000] [--rounds 3]

The corpus is the demo readouts repeated (as in bench/extract.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import corpus_docs  # noqa: E402


def _run(docs: list[str]) -> tuple[float, list]:
    from communique.extract import extract_text

    t0 = time.perf_counter()
    records = []
    for d in docs:
        records += extract_text(d, issuer="GEO", date="2023").records
    return time.perf_counter() - t0, records


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    from communique.extract import PIPELINE
    from communique.reports import counting

    docs = corpus_docs(args.words)
    n_words = sum(len(d.split()) for d in docs)
    _run(docs[:5])  # load data outside the timing
    full = list(PIPELINE)
    without = [(n, s) for n, s in full if n != "measures"]
    best_with = best_without = float("inf")
    records: list = []
    for _ in range(args.rounds):
        PIPELINE[:] = without
        t, _recs = _run(docs)
        best_without = min(best_without, t)
        PIPELINE[:] = full
        t, records = _run(docs)
        best_with = min(best_with, t)
    PIPELINE[:] = full
    with_m = sum(1 for r in records if r.measures)
    from communique.measures import find_measures

    # one call per sentence that gave records, as the step makes them
    sentences, last = [], None
    for r in records:
        key = (r.source.doc, r.source.start) if r.source else None
        if r.source and key != last:
            sentences.append(r.source.text)
        last = key
    t0 = time.perf_counter()
    for text in sentences:
        find_measures(text)
    t_find = time.perf_counter() - t0
    t0 = time.perf_counter()
    sums = counting.measure_sums(records)
    t_sum = time.perf_counter() - t0
    print(f"corpus: {len(docs)} documents, {n_words:,} words; best of {args.rounds} rounds")
    print(f"pipeline without the measures step: {n_words / best_without:>10,.0f} words/s "
          f"({best_without:.2f} s)")
    print(f"pipeline with the measures step:    {n_words / best_with:>10,.0f} words/s "
          f"({best_with:.2f} s)")
    print(f"difference: {100 * (best_with - best_without) / best_without:+.1f} % "
          "(on a shared machine this moves by several % from run to run)")
    print(f"the step's own work (find_measures on the {len(sentences):,} sentences with "
          f"records): {1000 * t_find:.0f} ms = {100 * t_find / best_without:.1f} % of the "
          "pipeline without it")
    print(f"records: {len(records):,}, with measures: {with_m:,}; "
          f"measure_sums over them: {1000 * t_sum:.1f} ms ({len(sums)} sums)")


if __name__ == "__main__":
    main()
