"""Consular desk benchmark: a year of cases imported, its statistics, and a busy hotline.

    .venv/bin/python bench/consular.py                        # 80,000 cases, 20 officers, 60 s
    .venv/bin/python bench/consular.py --cases 10000 --seconds 15   # a quick run
    COMMUNIQUE_BENCH_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/communique_bench \\
        .venv/bin/python bench/consular.py                    # PostgreSQL too (emptied first)

1. Writes a legacy case log of ``--cases`` cases of one year (a quarter with a
   generated citizen: name, birth date, sex, document number; 3% still open)
   and imports it with ``communique cases import`` semantics (checked whole,
   encrypted, indexed, one transaction), on SQLite and on PostgreSQL when
   COMMUNIQUE_BENCH_PG_URL is set. Baseline in the same run: the same rows
   inserted as anonymous cases with one bulk INSERT (no checks, no encryption,
   no index) -- the price of the desk's care is the ratio.
2. Times the year's statistics (``cases stats``) and a full refresh of the
   monthly aggregates in the registry; then, in-process on the imported year,
   the intake (``open_case`` with a citizen) as it is -- recounting only the
   new case's aggregate -- against a baseline in the same run: the same intake
   followed by a recount of its whole month (what every intake did before).
3. Starts ``communique serve`` on 127.0.0.1 over the SQLite database, gives
   ``--officers`` consular officers an API token each, and for ``--seconds``
   lets each officer reload their queue (``GET /api/v1/cases?officer=...``)
   every ``--think`` seconds while intakes (``POST /api/v1/cases``, with a
   citizen) arrive at ``--intakes`` a minute, spread over the officers.
   Prints p50/p95 per kind and errors (goal: intake and queue p95 < 200 ms,
   no error), and the server's CPU time per request (from /proc: a figure the
   machine's other load disturbs much less than the latencies).

Loopback only and bounded: the server listens on 127.0.0.1, the clients keep
at most ``--officers`` requests in flight, and every phase ends on time.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

COLUMNS = ("opened,channel,category,country,city,mission,citizen_name,citizen_birth_date,"
           "citizen_sex,document_number,summary,status").split(",")
SYLLABLES = ("ka", "lo", "mir", "zen", "ta", "vor", "el", "dun", "sa", "rik", "ol", "ven",
             "ba", "tes", "qui", "nor", "ha", "lim")
CATEGORIES = ("appeal",) * 6 + ("lost-document",) * 3 + (
    "detention", "hospital", "death", "victim-of-crime", "missing-person", "other")
COUNTRIES = ("TUR", "RUS", "GEO", "DEU", "UKR", "FRA", "GBR", "USA", "ARE", "SAU", "ISR",
             "KAZ", "UZB", "IRN", "ITA", "ESP", "POL", "CZE", "EGY", "CHN")


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{word()} {word()}"


def write_log(path: Path, n: int, year: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = datetime(year, 1, 1, 8)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for _ in range(n):
            opened = start + timedelta(minutes=rng.randint(0, 364 * 24 * 60))
            person = rng.random() < 0.25
            status = "in-progress" if rng.random() < 0.03 else "closed"
            w.writerow([
                opened.isoformat(timespec="minutes"), rng.choice(("hotline", "email", "web")),
                rng.choice(CATEGORIES), rng.choice(COUNTRIES), "", "",
                _name(rng) if person else "",
                f"{rng.randint(1940, 2015)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                if person else "", rng.choice("FM") if person else "",
                f"C{rng.randint(10**7, 10**8 - 1)}" if person else "", "", status])


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    import communique.consular  # noqa: F401  (its tables)
    from communique.registry import Base

    engine = create_engine(url)
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


def import_phase(url: str, log: Path, n: int, year: int) -> dict[str, float]:
    from sqlalchemy import delete, insert

    from communique.consular import (
        Actor,
        ConsularCase,
        Desk,
        desk_stats,
        import_cases,
        refresh_stats,
    )
    from communique.registry import open_registry

    if url.startswith("postgresql"):
        _reset_postgres(url)
    reg = open_registry(url)
    desk = Desk(reg)
    me = Actor("bench", "admin")
    # baseline: the same rows, anonymous, one bulk insert (then removed)
    with log.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    t = time.perf_counter()
    with reg.write() as session:
        session.execute(insert(ConsularCase), [
            {"opened_at": datetime.fromisoformat(r["opened"]), "month": r["opened"][:7],
             "channel": r["channel"], "category": r["category"], "country": r["country"],
             "priority": "normal", "status": r["status"], "created_by": "bench",
             "paused_hours": 0.0, "version": 1} for r in rows])
    baseline = time.perf_counter() - t
    with reg.write() as session:
        session.execute(delete(ConsularCase))
    t = time.perf_counter()
    result = import_cases(desk, me, log)
    took = time.perf_counter() - t
    assert result.rows == n
    t = time.perf_counter()
    stats = desk_stats(desk, year)
    stats_s = time.perf_counter() - t
    t = time.perf_counter()
    refresh_stats(desk, year)
    refresh_s = time.perf_counter() - t
    assert stats.appeals == n, stats.appeals
    intake_ms, month_ms = _intake_costs(desk, year)
    reg.close()
    return {"import": took, "baseline": baseline, "stats": stats_s, "refresh": refresh_s,
            "intake": intake_ms, "intake_month": month_ms}


def _intake_costs(desk: Any, year: int, n: int = 100) -> tuple[float, float]:
    """Mean ms of an intake (its own aggregate recounted) and of the same intake followed
    by a recount of its whole month (the baseline: what an intake cost before)."""
    from communique.consular import Actor, CitizenInput, open_case, refresh_stats

    me = Actor("officer0", "consular")
    rng = random.Random(5)

    def one(i: int, whole_month: bool) -> None:
        opened = datetime(year, 6, 1 + i % 28, 10)
        case_id = open_case(desk, me, opened=opened, channel="hotline",
                            category=rng.choice(CATEGORIES), country=rng.choice(COUNTRIES),
                            citizen=CitizenInput(name=_name(rng), birth_date="1985-03-04",
                                                 sex="F", document_number=f"B{i}"),
                            summary="called the hotline", officer=me.name,
                            refresh=not whole_month)
        if whole_month:
            refresh_stats(desk, year, month=opened.month)
        assert case_id

    out = []
    for whole_month in (False, True):
        t = time.perf_counter()
        for i in range(n):
            one(i, whole_month)
        out.append((time.perf_counter() - t) / n * 1000)
    return out[0], out[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tokens(url: str, officers: int) -> list[str]:
    from argon2 import PasswordHasher

    from communique.registry import User, open_registry
    from communique.services.users import create_token

    reg = open_registry(url)
    hashed = PasswordHasher().hash("bench password")
    with reg.write() as session:
        for i in range(officers):
            session.add(User(name=f"officer{i}", role="consular", password_hash=hashed,
                             active=True, session_epoch=1))
    tokens = [create_token(reg, f"officer{i}") for i in range(officers)]
    reg.close()
    return tokens


async def load_phase(base: str, tokens: list[str], seconds: float, per_minute: float,
                     think: float, seed: int = 11) -> dict[str, list[float]]:
    rng = random.Random(seed)
    lat: dict[str, list[float]] = {"queue": [], "intake": []}
    errors: list[str] = []
    end = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=len(tokens) + 2)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        async def call(kind: str, method: str, path: str, token: str, **kw: Any) -> None:
            t = time.perf_counter()
            try:
                resp = await client.request(method, path, headers={
                    "Authorization": f"Bearer {token}"}, **kw)
                ok = resp.status_code < 400
            except httpx.HTTPError as exc:
                ok, resp = False, exc  # type: ignore[assignment]
            lat[kind].append(time.perf_counter() - t)
            if not ok:
                errors.append(f"{kind}: {getattr(resp, 'status_code', resp)}")

        async def officer(i: int, token: str) -> None:
            await asyncio.sleep(rng.random() * think)
            while time.monotonic() < end:
                await call("queue", "GET", f"/api/v1/cases?officer=officer{i}&open_only=true",
                           token)
                await asyncio.sleep(think)

        async def intakes() -> None:
            gap = 60.0 / per_minute
            n = 0
            pending: set[asyncio.Task[None]] = set()
            while time.monotonic() < end:
                i = n % len(tokens)
                body = {"category": rng.choice(CATEGORIES), "country": rng.choice(COUNTRIES),
                        "channel": "hotline", "summary": "called the hotline",
                        "citizen": {"name": _name(rng), "birth_date": "1985-03-04",
                                    "sex": "F", "document_number": f"B{rng.randint(1, 10**8)}"}}
                task = asyncio.create_task(call("intake", "POST", "/api/v1/cases", tokens[i],
                                                json=body))
                pending.add(task)
                task.add_done_callback(pending.discard)
                n += 1
                await asyncio.sleep(gap)
            await asyncio.gather(*pending)

        await asyncio.gather(intakes(), *(officer(i, t) for i, t in enumerate(tokens)))
    lat["errors"] = [float(len(errors))]
    if errors:
        print("errors:", errors[:10], file=sys.stderr)
    return lat


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a process so far (Linux /proc), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _p(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] * 1000


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=80_000)
    ap.add_argument("--year", type=int, default=2021)
    ap.add_argument("--officers", type=int, default=20)
    ap.add_argument("--intakes", type=float, default=200.0, help="per minute")
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--think", type=float, default=1.0, help="seconds between queue reloads")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="consular-bench-"))
    os.environ["COMMUNIQUE_SECRET_KEY_FILE"] = str(tmp / "secret.key")
    os.environ.setdefault("COMMUNIQUE_DESK_COUNTRY", "AZE")
    log = tmp / "cases.csv"
    t = time.perf_counter()
    write_log(log, args.cases, args.year)
    print(f"case log: {args.cases:,} cases of {args.year} written in "
          f"{time.perf_counter() - t:.1f} s ({log.stat().st_size / 1e6:.1f} MB)")
    targets = [("sqlite", f"sqlite:///{tmp / 'desk.db'}")]
    if os.environ.get("COMMUNIQUE_BENCH_PG_URL"):
        targets.append(("postgresql", os.environ["COMMUNIQUE_BENCH_PG_URL"]))
    for name, url in targets:
        r = import_phase(url, log, args.cases, args.year)
        print(f"{name}: import {r['import']:.1f} s ({args.cases / r['import']:,.0f} cases/s); "
              f"baseline anonymous bulk insert {r['baseline']:.1f} s "
              f"(x{r['import'] / r['baseline']:.1f}); year stats {r['stats'] * 1000:.0f} ms; "
              f"refresh of 12 months' aggregates {r['refresh'] * 1000:.0f} ms")
        print(f"{name}: intake in-process {r['intake']:.1f} ms (its aggregate recounted); "
              f"baseline with its whole month recounted {r['intake_month']:.1f} ms "
              f"(x{r['intake_month'] / r['intake']:.1f})")
    url = targets[0][1]
    tokens = _tokens(url, args.officers)
    port = _free_port()
    env = {**os.environ, "COMMUNIQUE_DATABASE_URL": url, "COMMUNIQUE_DATA_DIR": str(tmp)}
    server = subprocess.Popen(
        [sys.executable, "-c", "from communique.cli import main; main()", "serve",
         "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/login", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            print("the server did not start", file=sys.stderr)
            return 1
        cpu0 = _cpu_seconds(server.pid)
        lat = asyncio.run(load_phase(base, tokens, args.seconds, args.intakes, args.think))
        cpu1 = _cpu_seconds(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    errors = int(lat.pop("errors")[0])
    ok = errors == 0
    for kind, values in lat.items():
        p95 = _p(values, 0.95)
        ok = ok and p95 < 200
        print(f"{kind}: {len(values)} requests, p50 {_p(values, 0.5):.0f} ms, "
              f"p95 {p95:.0f} ms, mean {statistics.fmean(values) * 1000 if values else 0:.0f} ms")
    served = sum(len(v) for v in lat.values())
    if cpu0 is not None and cpu1 is not None and served:
        print(f"server CPU: {cpu1 - cpu0:.1f} s for {served} requests, "
              f"{(cpu1 - cpu0) / served * 1000:.1f} ms a request "
              f"(load average {os.getloadavg()[0]:.1f})")
    print(f"errors: {errors}; goal (intake and queue p95 < 200 ms, no error): "
          f"{'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
