"""Registry benchmarks: ingest speed, and queries and export on a large registry.

    .venv/bin/python bench/registry.py                       # 10,000 readouts, 1,000,000 events
    .venv/bin/python bench/registry.py --docs 500 --events 20000   # a quick run

1. Ingest ``--docs`` generated readouts (real reader + extractor + store,
   one transaction per document) on SQLite and, when reachable, PostgreSQL:
   documents per second.
2. A generated registry of ``--events`` events (bulk insert, SQLite):
   ``dossier`` for one country-year and a filtered ``events list`` page,
   median and 95th percentile over repeated runs (goal: p95 < 100 ms);
   export of everything to Parquet (goal: < 60 s).

Prints the figures and the machine. PostgreSQL: ``--pg URL`` or
COMMUNIQUE_BENCH_PG_URL, else the local server if it answers
(a database ``communique_bench`` is created and emptied).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, text

from communique.registry import (
    Base,
    Document,
    Event,
    EventParticipant,
    Mention,
    Registry,
    open_registry,
)

TYPES = ("visit", "meeting", "call", "consultation", "commission", "agreement", "multilateral")
ORGS = ("UN", "UNGA", "OSCE", "EU", "NATO", "OIC", "CIS", "SCO", "OTS", "COE")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def machine() -> str:
    return (f"{platform.platform()}; Python {platform.python_version()}; "
            f"{os.cpu_count()} CPU(s); {platform.processor() or platform.machine()}")


#: countries that generated events favour (most active first); the rest follow
BUSY = ("USA", "RUS", "CHN", "TUR", "DEU", "FRA", "GBR", "IND", "JPN", "IRN", "AZE", "KAZ",
        "UKR", "POL", "ITA", "GEO", "HUN", "BRA", "SAU", "EGY")


def countries() -> list[tuple[str, str]]:
    """190 (ISO3, name) pairs, the busy ones first."""
    import pycountry

    names = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    every = {code: name for code, name in names.items() if "," not in name}
    rest = sorted(c for c in every if c not in BUSY)
    return [(c, every[c]) for c in (*BUSY, *rest)][:190]


# ---------------------------------------------------------------- 1. ingest


def readout(rng: random.Random, issuer: tuple[str, str], others: list[tuple[str, str]],
            n: int) -> str:
    """A short generated readout in the style of a ministry press release."""
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    when = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    a, b = issuer[1], rng.choice(others)[1]
    c = rng.choice(others)[1]
    opening = f"Ministry of Foreign Affairs of {a}\n\nPress release No. {n}\n\n"
    bodies = [
        f"On {when}, the Minister of Foreign Affairs of {a} held a meeting with the Foreign "
        f"Minister of {b}. The sides discussed trade, transport and regional security.",
        f"On {when}, the Minister of Foreign Affairs of {a} paid an official visit to {b}. "
        f"During the visit the Minister met the President of {b}.",
        f"On {when}, the Foreign Minister of {a} had a telephone conversation with the "
        f"Foreign Minister of {b} on bilateral relations.",
        f"Political consultations between the Ministries of Foreign Affairs of {a} and {b} "
        f"were held on {when}.",
        f"On {when}, the sides signed a Memorandum of Understanding between {a} and {b} on "
        f"cooperation in education. The Minister also met the Ambassador of {c}.",
    ]
    return opening + rng.choice(bodies) + "\n"


def bench_ingest(reg: Registry, docs: int, seed: int = 7) -> tuple[float, int, int]:
    from communique.documents import document_from_text
    from communique.services.ingest import ingest_documents

    rng = random.Random(seed)
    pool = countries()
    items = []
    for n in range(docs):
        issuer = rng.choice(pool)
        items.append(document_from_text(readout(rng, issuer, pool, n), name=f"readout-{n}.txt"))
    t0 = time.perf_counter()
    report = ingest_documents(items, registry=reg, user="bench")
    elapsed = time.perf_counter() - t0
    assert report.failed == 0, [r.error for r in report.results if r.error][:3]
    return elapsed, report.stored, report.records


def postgres_url(explicit: str | None) -> str | None:
    url = explicit or os.environ.get("COMMUNIQUE_BENCH_PG_URL")
    if url:
        return url
    admin = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    try:
        engine = create_engine(admin, isolation_level="AUTOCOMMIT",
                               connect_args={"connect_timeout": 2})
        with engine.connect() as conn:
            if not conn.execute(text("SELECT 1 FROM pg_database WHERE datname = "
                                     "'communique_bench'")).scalar():
                conn.execute(text("CREATE DATABASE communique_bench"))
        engine.dispose()
    except Exception:
        return None
    return "postgresql+psycopg://postgres@127.0.0.1:5432/communique_bench"


def reset_postgres(url: str) -> None:
    import communique.consular  # noqa: F401  (its tables are on the registry's metadata)

    engine = create_engine(url)
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


# ---------------------------------------------------------------- 2. large registry


def generate(reg: Registry, n_events: int, seed: int = 11, chunk: int = 50000) -> dict[str, Any]:
    """Bulk-insert ``n_events`` events (30 years, 190 countries, skewed towards a few)."""
    rng = random.Random(seed)
    pool = [c for c, _ in countries()]
    weights = [1 / (i + 1) ** 0.6 for i in range(len(pool))]
    start = date(1995, 1, 1)
    span = (date(2024, 12, 31) - start).days
    now = datetime.now()
    per_doc = 20
    event_id = participant_id = 0
    t0 = time.perf_counter()
    with reg.engine.begin() as conn:
        for lo in range(0, n_events, chunk):
            size = min(chunk, n_events - lo)
            docs, events, parts, mentions = [], [], [], []
            for i in range(lo, lo + size):
                if i % per_doc == 0:
                    doc_id = i // per_doc + 1
                    docs.append({"id": doc_id, "sha256": hashlib.sha256(str(doc_id).encode())
                                 .hexdigest(), "name": f"gen-{doc_id}.txt", "kind": "txt",
                                 "text": f"generated document {doc_id}", "ingested_at": now})
                event_id += 1
                kind = rng.choice(TYPES)
                day = start + timedelta(days=rng.randrange(span))
                iso = day.isoformat()
                a, b = rng.choices(pool, weights, k=2)
                if a == b:
                    b = rng.choice(pool)
                org = rng.choice(ORGS) if kind == "multilateral" else None
                events.append({
                    "id": event_id, "type": kind, "date_start": iso, "date_end": None,
                    "precision": "day", "date_lo": iso, "date_hi": iso,
                    "status": "accepted" if rng.random() < 0.7 else "candidate",
                    "country_key": "+".join(sorted({a, b})), "org_key": org or "",
                    "optional": False, "origin": "ingest", "version": 1,
                    "created_at": now, "updated_at": now})
                for code, side in ((a, "from"), (b, "to")):
                    participant_id += 1
                    parts.append({"id": participant_id, "event_id": event_id, "code": code,
                                  "side": side, "kind": "country", "date_lo": iso})
                if org:
                    participant_id += 1
                    parts.append({"id": participant_id, "event_id": event_id, "code": org,
                                  "side": None, "kind": "org", "date_lo": iso})
                sentence = f"The {kind} between {a} and {b} took place on {iso}."
                mentions.append({"id": event_id, "event_id": event_id,
                                 "document_id": i // per_doc + 1, "start": 0,
                                 "end": len(sentence), "text": sentence,
                                 "record": {"type": kind}, "created_at": now})
            for table, rows in ((Document, docs), (Event, events), (EventParticipant, parts),
                                (Mention, mentions)):
                conn.execute(insert(table), rows)
    if reg.dialect == "sqlite":
        with reg.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    return {"seconds": time.perf_counter() - t0, "events": event_id,
            "participants": participant_id}


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """(median ms, p95 ms, last result) over ``runs`` calls (after one warm-up)."""
    result = fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    return statistics.median(times), p95, result


def bench_queries(reg: Registry, runs: int, seed: int = 3) -> list[str]:
    from communique.services.query import EventFilter, dossier, list_events

    rng = random.Random(seed)
    pool = [c for c, _ in countries()]
    lines = []
    busiest = pool[0]
    cases: Iterator[tuple[str, int]] = iter([(busiest, 2020)] + [
        (rng.choice(pool[:40]), rng.randrange(1995, 2025)) for _ in range(10_000)])

    def one_dossier() -> int:
        code, year = next(cases)
        return dossier(reg, code, year).total

    med, p95, _ = timed(lambda: dossier(reg, busiest, 2020).total, runs)
    size = dossier(reg, busiest, 2020).total
    lines.append(f"dossier {busiest} 2020 ({size} events): median {med:.1f} ms, p95 {p95:.1f} ms")
    from communique.web.routes.pages import DOSSIER_PAGE

    med, p95, _ = timed(lambda: dossier(reg, busiest, 2020, per_type=DOSSIER_PAGE).total, runs)
    lines.append(f"dossier page {busiest} 2020 as the web shows it (first {DOSSIER_PAGE} of "
                 f"each type, every count): median {med:.1f} ms, p95 {p95:.1f} ms "
                 "(goal p95 < 100 ms)")
    med, p95, _ = timed(one_dossier, runs)
    lines.append(f"dossier, random country-years of the 40 busiest countries: median "
                 f"{med:.1f} ms, p95 {p95:.1f} ms")

    def page() -> int:
        code = rng.choice(pool[:40])
        year = rng.randrange(1995, 2025)
        flt = EventFilter(types=[rng.choice(TYPES)], countries=[code],
                          from_date=f"{year}", to_date=f"{year + 2}", statuses=["accepted"])
        return len(list_events(reg, flt, limit=50))

    med, p95, _ = timed(page, runs)
    lines.append(f"events list page (type + country + 3 years + status, 50 rows): median "
                 f"{med:.1f} ms, p95 {p95:.1f} ms")

    def page_unfiltered() -> int:
        return len(list_events(reg, EventFilter(), limit=50, offset=rng.randrange(0, 5000)))

    med, p95, _ = timed(page_unfiltered, runs)
    lines.append(f"events list page (no filter, offset < 5000): median {med:.1f} ms, "
                 f"p95 {p95:.1f} ms")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000, help="readouts to ingest (0: skip)")
    ap.add_argument("--events", type=int, default=1_000_000,
                    help="events in the generated registry (0: skip)")
    ap.add_argument("--runs", type=int, default=50, help="repetitions per query")
    ap.add_argument("--pg", help="PostgreSQL URL for the ingest benchmark")
    ap.add_argument("--no-pg", action="store_true", help="skip PostgreSQL")
    ap.add_argument("--keep", help="folder for the SQLite files (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="with --keep: query the large "
                    "registry already there instead of generating it again")
    ap.add_argument("--no-export", action="store_true", help="skip the Parquet export")
    args = ap.parse_args(argv)

    print(f"machine: {machine()}")
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="communique-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    if args.docs:
        path = folder / "ingest.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        with open_registry(f"sqlite:///{path}") as reg:
            secs, stored, records = bench_ingest(reg, args.docs)
        print(f"ingest SQLite: {stored} readouts, {records} records in {secs:.1f} s = "
              f"{stored / secs:.0f} documents/s")
        url = None if args.no_pg else postgres_url(args.pg)
        if url:
            reset_postgres(url)
            with open_registry(url) as reg:
                secs, stored, records = bench_ingest(reg, args.docs)
            print(f"ingest PostgreSQL: {stored} readouts, {records} records in {secs:.1f} s = "
                  f"{stored / secs:.0f} documents/s")
        else:
            print("ingest PostgreSQL: skipped (no server reachable; give --pg URL)")
    if args.events:
        path = folder / "large.db"
        reuse = args.reuse and args.keep and path.exists()
        if not reuse:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        with open_registry(f"sqlite:///{path}") as reg:
            if reuse:
                print(f"reusing {path} ({path.stat().st_size / 1e6:.0f} MB)")
            else:
                info = generate(reg, args.events)
                reg.optimize()  # as ingest and import do after a bulk change
                print(f"generated {info['events']:,} events ({info['participants']:,} "
                      f"participants) in {info['seconds']:.1f} s; file "
                      f"{path.stat().st_size / 1e6:.0f} MB")
            for line in bench_queries(reg, args.runs):
                print(line)
            if args.no_export:
                return 0
            from communique.services.export import export_events

            out = folder / "all.parquet"
            t0 = time.perf_counter()
            n = export_events(reg, "parquet", out)
            secs = time.perf_counter() - t0
            print(f"export to Parquet: {n:,} events in {secs:.1f} s "
                  f"({out.stat().st_size / 1e6:.0f} MB)")
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
