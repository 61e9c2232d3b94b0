"""Web load benchmark: concurrent users browsing a large registry, and two editors
changing one event at once.

    .venv/bin/python bench/web.py                                   # 100,000 events, 50 users, 60 s
    .venv/bin/python bench/web.py --events 20000 --users 20 --seconds 15   # a quick run
    COMMUNIQUE_BENCH_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/communique_bench \\
        .venv/bin/python bench/web.py                               # PostgreSQL too

1. Generates a registry of ``--events`` events (bench/registry.py's generator:
   30 years, 190 countries, skewed towards a few) on SQLite, and on PostgreSQL
   when COMMUNIQUE_BENCH_PG_URL is set (that database is emptied first).
2. Starts ``communique serve`` on 127.0.0.1 (a free port, ``--workers``; it warms
   its cache in the background unless ``--no-warm``), logs in ``--users``
   viewers, and lets each browse for ``--seconds``: dashboard, events pages
   with filters, search and paging, their facets, country dossiers and single
   events, waiting ``--think`` seconds between clicks
   (0: as fast as the server answers). Prints requests/second, median and
   95th-percentile latency (goal: p95 < 300 ms) and errors, per page kind.
3. Two editors edit the same event at the same moment, ``--conflicts`` times:
   each edit must either win or be told of the conflict (409), never both win;
   the stored title must be the winner's.

Loopback only: the server listens on 127.0.0.1 and the clients call it there.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
PASSWORD = "bench password"
TYPES = ("visit", "meeting", "call", "consultation", "commission", "agreement", "multilateral")
WORDS = ("visit", "meeting", "agreement", "consultation", "call")


def _bench_registry() -> Any:
    spec = importlib.util.spec_from_file_location("bench_registry", HERE / "registry.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prepare(url: str, n_events: int, users: int) -> dict[str, Any]:
    """A fresh registry of ``n_events`` generated events, viewers and two editors."""
    from argon2 import PasswordHasher

    from communique.registry import User, open_registry

    gen = _bench_registry()
    if url.startswith("postgresql"):
        gen.reset_postgres(url)
    reg = open_registry(url)
    info = gen.generate(reg, n_events)
    if reg.dialect == "postgresql":
        with reg.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # the generator inserts explicit ids: move the sequences past them
            for table in ("documents", "events", "event_participants", "mentions"):
                conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {table}))")
            conn.exec_driver_sql("VACUUM ANALYZE")  # statistics, as autovacuum would later
    hashed = PasswordHasher().hash(PASSWORD)
    with reg.write() as session:
        for i in range(users):
            session.add(User(name=f"viewer{i}", role="viewer", password_hash=hashed,
                             active=True, session_epoch=1))
        for name in ("editor-a", "editor-b"):
            session.add(User(name=name, role="editor", password_hash=hashed, active=True,
                             session_epoch=1))
    reg.close()
    return info


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process and its children, from /proc (Linux)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                kids = (task / "children").read_text().split()
                todo += [int(k) for k in kids]
        except (OSError, IndexError, ValueError):
            continue
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(url: str, data_dir: Path, workers: int,
                 warm: bool = True) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    exe = Path(sys.executable).with_name("communique")
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else
           ["-m", "communique.cli"]), "serve", "--host", "127.0.0.1", "--port", str(port),
           "--db", url, "--data-dir", str(data_dir), "--workers", str(workers)]
    env = dict(os.environ, COMMUNIQUE_DATABASE_URL=url, COMMUNIQUE_WEB_WARM="1" if warm else "0")
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            detail = proc.stderr.read().decode() if proc.stderr else ""
            raise SystemExit(f"the server stopped: {detail}")
        try:
            if httpx.get(base + "/login", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise SystemExit("the server did not start within 60 s")


async def login(client: httpx.AsyncClient, name: str) -> str:
    page = await client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token, "no CSRF token on the login page"
    resp = await client.post("/login", data={"name": name, "password": PASSWORD,
                                             "csrf_token": token.group(1), "next": "/"})
    if resp.status_code != 303:
        raise SystemExit(f"login of {name} failed: {resp.status_code}")
    page = await client.get("/events/1")
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    return found.group(1) if found else ""


def pick(rng: random.Random, busy: list[str]) -> tuple[str, str]:
    """(kind, path) of the next click."""
    year = rng.randrange(1996, 2025)
    country = rng.choice(busy)
    roll = rng.random()
    if roll < 0.15:
        return "dashboard", "/" if rng.random() < 0.6 else f"/?year={year}"
    if roll < 0.45:
        params = [f"type={rng.choice(TYPES)}"] if rng.random() < 0.5 else []
        if rng.random() < 0.5:
            params.append(f"country={country}")
        if rng.random() < 0.4:
            params.append(f"year={year}")
        if rng.random() < 0.15:
            params.append(f"q={rng.choice(WORDS)}")
        if rng.random() < 0.3:
            params.append(f"offset={50 * rng.randrange(1, 20)}")
        return "events", "/events?" + "&".join(params)
    if roll < 0.60:
        params = [f"country={country}"] if rng.random() < 0.5 else [f"type={rng.choice(TYPES)}"]
        return "facets", "/events/facets?" + "&".join(params)
    if roll < 0.85:
        return "dossier", f"/dossiers/{country}?year={year}"
    return "event", f"/events/{rng.randrange(1, 100_000)}"


async def browse(base: str, name: str, seconds: float, think: float, seed: int,
                 busy: list[str], times: dict[str, list[float]], errors: list[str],
                 ready: list[str], start: asyncio.Event) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=60, follow_redirects=False) as client:
        await login(client, name)
        ready.append(name)
        await start.wait()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            kind, path = pick(rng, busy)
            t0 = time.perf_counter()
            try:
                resp = await client.get(path)
                ok = resp.status_code == 200 or (kind == "event" and resp.status_code == 404)
                if not ok:
                    errors.append(f"{resp.status_code} {path}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__} {path}")
            times[kind].append((time.perf_counter() - t0) * 1000)
            if think:
                await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * len(ordered))) - 1)]


async def load(base: str, users: int, seconds: float, think: float,
               server_pid: int | None = None) -> list[str]:
    from communique.reference import countries

    busy = list(_bench_registry().BUSY) + sorted(countries())[:20]
    times: dict[str, list[float]] = defaultdict(list)
    errors: list[str] = []
    start = asyncio.Event()
    ready: list[str] = []
    tasks = [asyncio.create_task(browse(base, f"viewer{i}", seconds, think, i, busy, times,
                                        errors, ready, start)) for i in range(users)]
    while len(ready) < users and not any(t.done() for t in tasks):
        await asyncio.sleep(0.2)  # every user logs in before the clock starts
    t0 = time.perf_counter()
    cpu0 = cpu_seconds(server_pid) if server_pid else 0.0
    load0 = os.getloadavg()[0]
    start.set()
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - t0
    cpu = cpu_seconds(server_pid) - cpu0 if server_pid else 0.0
    every = [x for v in times.values() for x in v]
    lines = [f"{users} users, think {think:g} s, {elapsed:.0f} s: {len(every)} requests, "
             f"{len(every) / elapsed:.1f} requests/s, median {statistics.median(every):.0f} ms, "
             f"p95 {p95(every):.0f} ms (goal < 300 ms), errors {len(errors)}"]
    for kind in sorted(times):
        v = times[kind]
        lines.append(f"  {kind:9} {len(v):6} requests  median {statistics.median(v):6.0f} ms  "
                     f"p95 {p95(v):6.0f} ms")
    if errors:
        lines.append("  first errors: " + "; ".join(errors[:5]))
    if server_pid and every:
        lines.append(f"  server CPU {cpu:.0f} s = {1000 * cpu / len(every):.0f} ms per request "
                     f"(all worker processes); load average {load0:.1f} -> "
                     f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPU(s)")
    return lines


async def conflicts(base: str, rounds: int) -> list[str]:
    """Two editors save different titles for the same event version at the same time."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as a, \
            httpx.AsyncClient(base_url=base, timeout=60) as b:
        csrf_a, csrf_b = await login(a, "editor-a"), await login(b, "editor-b")
        both_won = told = 0
        rng = random.Random(5)
        for n in range(rounds):
            event_id = rng.randrange(1, 1000)
            page = await a.get(f"/events/{event_id}/edit")
            version = re.search(r'name="version" value="(\d+)"', page.text)
            if not version:
                continue
            v = version.group(1)
            ra, rb = await asyncio.gather(
                a.post(f"/events/{event_id}/edit", data={"title": f"A{n}", "version": v,
                                                         "csrf_token": csrf_a}),
                b.post(f"/events/{event_id}/edit", data={"title": f"B{n}", "version": v,
                                                         "csrf_token": csrf_b}))
            codes = sorted((ra.status_code, rb.status_code))
            if codes == [303, 303]:
                both_won += 1
            elif codes == [303, 409]:
                told += 1
                winner = "A" if ra.status_code == 303 else "B"
                shown = (await a.get(f"/api/v1/events/{event_id}")).json()["event"]
                if shown["record"]["title"] != f"{winner}{n}" or \
                        shown["version"] != int(v) + 1:
                    both_won += 1  # the stored event is not the winner's: count as a failure
    return [f"two editors, {rounds} simultaneous edits of one event: {told} times the second "
            f"was told of the conflict (409), {both_won} silent overwrites (goal 0)"]


def run_backend(label: str, url: str, args: argparse.Namespace) -> list[str]:
    t0 = time.perf_counter()
    info = prepare(url, args.events, args.users)
    lines = [f"[{label}] generated {info['events']:,} events in "
             f"{time.perf_counter() - t0:.0f} s"]
    with tempfile.TemporaryDirectory() as data:
        proc, base = start_server(url, Path(data), args.workers, warm=not args.no_warm)
        try:
            lines += asyncio.run(load(base, args.users, args.seconds, args.think, proc.pid))
            lines += asyncio.run(conflicts(base, args.conflicts))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=30)
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--users", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--think", type=float, default=1.0,
                    help="seconds a user waits between clicks (0: none)")
    ap.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    ap.add_argument("--conflicts", type=int, default=20)
    ap.add_argument("--sqlite-only", action="store_true")
    ap.add_argument("--no-warm", action="store_true",
                    help="start the server without warming its cache (COMMUNIQUE_WEB_WARM=0)")
    args = ap.parse_args(argv)
    print(_bench_registry().machine())
    with tempfile.TemporaryDirectory() as tmp:
        for line in run_backend("sqlite", f"sqlite:///{tmp}/web-bench.db", args):
            print(line, flush=True)
    pg = os.environ.get("COMMUNIQUE_BENCH_PG_URL")
    if pg and not args.sqlite_only:
        for line in run_backend("postgresql", pg, args):
            print(line, flush=True)
    elif not args.sqlite_only:
        print("[postgresql] skipped: set COMMUNIQUE_BENCH_PG_URL to run it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
