"""Ingest at the speed of extraction, on every core: figures and ratios in one run.

    .venv/bin/python bench/ingest.py                 # 10,000 readouts
    .venv/bin/python bench/ingest.py --docs 2000     # a quick run

On the generated readouts of ``bench/registry.py``, measures in one run:

1. extraction alone, one process (``extract_document`` over documents read
   beforehand): the baseline, documents/s;
2. ``ingest`` with ``--jobs 1`` on SQLite and PostgreSQL (when reachable):
   documents/s and the share of the baseline (goals: >= 0.5 and >= 0.3);
3. extraction over 2 worker processes against 1, output compared (goal: >= 1.6x);
4. ``ingest`` with ``--jobs 2`` against ``--jobs 1`` on SQLite, registries
   compared (goal: >= 1.4x);
5. the writer alone (records extracted beforehand, 2,000 documents): one record
   at a time against the bulk writer; on PostgreSQL also the bulk writer with
   ``executemany`` against COPY for the rows it needs no ids of
   (``--writer-only``: just this).

PostgreSQL: ``--pg URL`` or COMMUNIQUE_BENCH_PG_URL, else the local server if
it answers (a database ``communique_bench`` is created and emptied).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from registry import countries, machine, postgres_url, readout, reset_postgres  # noqa: E402

from communique.documents import document_from_text  # noqa: E402
from communique.extract import extract_document  # noqa: E402
from communique.registry import open_registry  # noqa: E402
from communique.services.ingest import ingest_documents  # noqa: E402
from communique.services.workers import ordered_map  # noqa: E402


def documents(n: int, seed: int = 7) -> list[Any]:
    rng = random.Random(seed)
    pool = countries()
    return [document_from_text(readout(rng, rng.choice(pool), pool, i), name=f"readout-{i}.txt")
            for i in range(n)]


def _records(doc: Any) -> list[dict[str, Any]]:
    return [r.to_dict() for r in extract_document(doc).records]


def extraction(docs: list[Any], jobs: int) -> tuple[float, list[list[dict[str, Any]]]]:
    t0 = time.perf_counter()
    out = list(ordered_map(_records, docs, jobs=jobs, chunk=16))
    return time.perf_counter() - t0, out


def ingest_into(url: str, docs: list[Any], jobs: int) -> tuple[float, int]:
    reg = open_registry(url)
    try:
        t0 = time.perf_counter()
        report = ingest_documents(docs, registry=reg, user="bench", jobs=jobs)
        elapsed = time.perf_counter() - t0
        assert report.failed == 0, [r.error for r in report.results if r.error][:3]
        return elapsed, report.records
    finally:
        reg.close()


def storage_alone(url: str, docs: list[Any], *, copy: bool = True, bulk: bool = True) -> float:
    """Documents/s of the writer alone (records extracted beforehand): the bulk writer
    (PostgreSQL: COPY or ``executemany``) or one record at a time."""
    from communique.services import _bulk

    done = {d.sha256: extract_document(d) for d in docs}
    if url.startswith("postgresql"):
        reset_postgres(url)
    reg = open_registry(url)
    _bulk.COPY_ON_POSTGRESQL, before = copy, _bulk.COPY_ON_POSTGRESQL
    try:
        t0 = time.perf_counter()
        ingest_documents(docs, registry=reg, user="bench", bulk=bulk,
                         extractor=lambda d, **_: done[d.sha256])
        return len(docs) / (time.perf_counter() - t0)
    finally:
        _bulk.COPY_ON_POSTGRESQL = before
        reg.close()


def writer_alone(docs: list[Any], pg: str | None) -> None:
    part = docs[: min(len(docs), 2000)]
    with tempfile.TemporaryDirectory() as tmp:
        one = storage_alone(f"sqlite:///{Path(tmp) / 'one.db'}", part, bulk=False)
        bulk = storage_alone(f"sqlite:///{Path(tmp) / 'bulk.db'}", part)
    print(f"SQLite writer alone ({len(part):,} documents): one record at a time {one:,.0f} "
          f"docs/s, bulk {bulk:,.0f} docs/s ({bulk / one:.1f}x)")
    if pg:
        one = storage_alone(pg, part, bulk=False)
        many, copy = storage_alone(pg, part, copy=False), storage_alone(pg, part)
        print(f"PostgreSQL writer alone ({len(part):,} documents): one record at a time "
              f"{one:,.0f} docs/s, bulk with executemany {many:,.0f} docs/s, bulk with COPY "
              f"{copy:,.0f} docs/s ({copy / many:.2f}x of executemany)")


def snapshot(url: str) -> list[str]:
    import json

    from communique.services.query import EventFilter, iter_events

    reg = open_registry(url)
    try:
        flt = EventFilter(statuses=["candidate", "accepted", "rejected"])
        return sorted(json.dumps({**v.record.to_dict(), "id": None}, sort_keys=True)
                      for v in iter_events(reg, flt))
    finally:
        reg.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--pg", help="PostgreSQL URL (default: COMMUNIQUE_BENCH_PG_URL or local)")
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--writer-only", action="store_true",
                    help="only the writer alone, one record at a time against bulk")
    a = ap.parse_args(argv)
    print(f"machine: {machine()}")
    docs = documents(a.docs)
    print(f"{len(docs):,} generated readouts")
    pg = None if a.no_pg else postgres_url(a.pg)
    if a.writer_only:
        writer_alone(docs, pg)
        return 0

    extraction(docs[:50], 1)  # warm: patterns compiled, gazetteers loaded
    base, one = extraction(docs, 1)
    base_rate = len(docs) / base
    print(f"extraction alone, 1 process:   {base_rate:8,.0f} docs/s (baseline)")
    two_t, two = extraction(docs, 2)
    print(f"extraction, 2 workers:         {len(docs) / two_t:8,.0f} docs/s  "
          f"{base / two_t:.2f}x of 1 (goal >= 1.6), same output: {one == two}")

    with tempfile.TemporaryDirectory() as tmp:
        urls = {j: f"sqlite:///{Path(tmp) / f'jobs{j}.db'}" for j in (1, 2)}
        t1, n = ingest_into(urls[1], docs, 1)
        print(f"ingest SQLite, --jobs 1:       {len(docs) / t1:8,.0f} docs/s  "
              f"{base / t1:.2f} of extraction (goal >= 0.5); {n:,} records")
        t2, _ = ingest_into(urls[2], docs, 2)
        print(f"ingest SQLite, --jobs 2:       {len(docs) / t2:8,.0f} docs/s  "
              f"{t1 / t2:.2f}x of --jobs 1 (goal >= 1.4), same registry: "
              f"{snapshot(urls[1]) == snapshot(urls[2])}")

    if pg:
        reset_postgres(pg)
        tp, _ = ingest_into(pg, docs, 1)
        print(f"ingest PostgreSQL, --jobs 1:   {len(docs) / tp:8,.0f} docs/s  "
              f"{base / tp:.2f} of extraction (goal >= 0.3)")
    else:
        print("ingest PostgreSQL: skipped (no server; give --pg URL)")
    writer_alone(docs, pg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
