"""Abuse benchmark: oversized bodies and an expanding .docx while other users browse.

    .venv/bin/python bench/abuse.py                        # 20,000 events, 10 users, 20 s a phase
    .venv/bin/python bench/abuse.py --events 5000 --seconds 10     # a quick run

1. Generates a registry (bench/registry.py's generator, SQLite), starts
   ``communique serve`` on 127.0.0.1 (one worker, a free port) and logs in
   ``--users`` viewers and one editor.
2. Baseline: the viewers browse for ``--seconds`` (dashboard, events pages,
   facets, dossiers, single events; ``--think`` seconds between clicks).
3. Attack, the same viewers browsing meanwhile: ``--bodies`` clients at once
   (default 4) each send a ``--body-mb`` MB body (default 300), two as JSON to
   ``POST /api/v1/events`` and two as a form to ``POST /login``, half of them
   with ``Content-Length`` and half chunked without it, over and over until the
   phase ends; and the editor uploads a small .docx whose body unpacks to
   ``--docx-mb`` MB (default 190) again and again.
4. Prints, for both phases, the viewers' median and p95 (goal: p95 < 300 ms
   under attack), the answers the attackers got and how fast, the bytes they
   managed to send, and the server's resident memory sampled every 50 ms and
   its peak (VmHWM; goal < 500 MB).

Loopback only; every loop is bounded by the phase's clock.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
MB = 1024 * 1024


def _web() -> Any:
    spec = importlib.util.spec_from_file_location("bench_web", HERE / "web.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WEB = _web()


def rss_mb(pid: int) -> tuple[float, float]:
    """(resident MB now, peak resident MB) of a process and its children (Linux /proc)."""
    now = peak = 0.0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            now += int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]
            peak += int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) / 1024  # type: ignore[union-attr]
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(k) for k in (task / "children").read_text().split()]
        except (OSError, AttributeError, ValueError):
            continue
    return now, peak


def expanding_docx(megabytes: int) -> bytes:
    """A .docx of a few hundred KB whose word/document.xml unpacks to ``megabytes`` MB."""
    para = (b"<w:p><w:r><w:t>The delegations reviewed the transit plan once more, line by "
            b"line.</w:t></w:r></w:p>")
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml",
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Override PartName="/word/document.xml" '
                    'ContentType="application/vnd.openxmlformats-officedocument.'
                    'wordprocessingml.document.main+xml"/></Types>')
        with zf.open("word/document.xml", "w") as member:
            member.write(b"<?xml version=\"1.0\"?><w:document " + ns + b"><w:body>")
            chunk = para * 4096
            for _ in range(megabytes * MB // len(chunk)):
                member.write(chunk)
            member.write(b"</w:body></w:document>")
    return out.getvalue()


def summary(times: list[float]) -> str:
    if not times:
        return "no requests"
    return (f"{len(times)} requests, median {statistics.median(times):.0f} ms, "
            f"p95 {WEB.p95(times):.0f} ms")


async def browse(client: httpx.AsyncClient, end: float, think: float, seed: int,
                 busy: list[str], times: list[float], errors: list[str]) -> None:
    import random

    rng = random.Random(seed)
    while time.monotonic() < end:
        kind, path = WEB.pick(rng, busy)
        t0 = time.perf_counter()
        try:
            resp = await client.get(path)
            if resp.status_code not in (200, 404):
                errors.append(f"{resp.status_code} {path}")
        except httpx.HTTPError as exc:
            errors.append(f"{type(exc).__name__} {path}")
        times.append((time.perf_counter() - t0) * 1000)
        await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))


async def big_body(base: str, n: int, body_mb: int, end: float, answers: Counter[str],
                   took: list[float], sent: list[int]) -> None:
    """Send ``body_mb`` MB again and again; odd clients as a form to /login, even ones as
    JSON to the API; the first two declare the length, the others stream it chunked."""
    path, ctype = (("/api/v1/events", "application/json") if n % 2 == 0 else
                   ("/login", "application/x-www-form-urlencoded"))
    declared = n < 2
    block = b"a" * MB
    counted = [0]

    async def stream() -> Any:
        for _ in range(body_mb):
            counted[0] += len(block)
            yield block

    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        while time.monotonic() < end:
            headers = {"Content-Type": ctype}
            if declared:
                headers["Content-Length"] = str(body_mb * MB)
            counted[0] = 0
            t0 = time.perf_counter()
            try:
                resp = await client.post(path, content=stream(), headers=headers)
                answers[f"{resp.status_code}"] += 1
            except httpx.HTTPError as exc:
                answers[type(exc).__name__] += 1  # the server closed the connection
            took.append((time.perf_counter() - t0) * 1000)
            sent.append(counted[0])
            await asyncio.sleep(0.05)


async def docx_uploads(client: httpx.AsyncClient, csrf: str, data: bytes, end: float,
                       answers: Counter[str], took: list[float]) -> None:
    while time.monotonic() < end:
        t0 = time.perf_counter()
        try:
            resp = await client.post("/api/v1/documents",
                                     files={"file": ("minutes.docx", data,
                                                     "application/octet-stream")},
                                     headers={"X-CSRF-Token": csrf})
            answers[f"{resp.status_code}"] += 1
        except httpx.HTTPError as exc:
            answers[type(exc).__name__] += 1
        took.append((time.perf_counter() - t0) * 1000)
        await asyncio.sleep(0.2)


async def sample_memory(pid: int, end: float, samples: list[float]) -> None:
    while time.monotonic() < end:
        samples.append(rss_mb(pid)[0])
        await asyncio.sleep(0.05)


async def phase(base: str, pid: int, args: argparse.Namespace, busy: list[str],
                attack: bool, docx: bytes, viewers: list[httpx.AsyncClient],
                editor: tuple[httpx.AsyncClient, str]) -> dict[str, Any]:
    end = time.monotonic() + args.seconds
    times: list[float] = []
    errors: list[str] = []
    memory: list[float] = []
    answers: Counter[str] = Counter()
    took: list[float] = []
    sent: list[int] = []
    docx_answers: Counter[str] = Counter()
    docx_took: list[float] = []
    tasks = [browse(client, end, args.think, i, busy, times, errors)
             for i, client in enumerate(viewers)]
    tasks.append(sample_memory(pid, end, memory))
    if attack:
        tasks += [big_body(base, n, args.body_mb, end, answers, took, sent)
                  for n in range(args.bodies)]
        tasks.append(docx_uploads(editor[0], editor[1], docx, end, docx_answers, docx_took))
    await asyncio.gather(*tasks)
    return {"times": times, "errors": errors, "memory": memory, "answers": answers,
            "took": took, "sent": sent, "docx_answers": docx_answers, "docx_took": docx_took}


async def both(base: str, pid: int, args: argparse.Namespace, busy: list[str],
               docx: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """Log everyone in first (one at a time), then the baseline, then the attack."""
    viewers = [httpx.AsyncClient(base_url=base, timeout=60) for _ in range(args.users)]
    editor = httpx.AsyncClient(base_url=base, timeout=120)
    try:
        for i, client in enumerate(viewers):
            await WEB.login(client, f"viewer{i}")
        csrf = await WEB.login(editor, "editor-a")
        print(f"logged in: {rss_mb(pid)[0]:.0f} MB resident")
        base_run = await phase(base, pid, args, busy, False, docx, viewers, (editor, csrf))
        attack = await phase(base, pid, args, busy, True, docx, viewers, (editor, csrf))
        return base_run, attack
    finally:
        for client in (*viewers, editor):
            await client.aclose()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--users", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=20.0, help="length of each phase")
    ap.add_argument("--think", type=float, default=0.3)
    ap.add_argument("--bodies", type=int, default=4)
    ap.add_argument("--body-mb", type=int, default=300)
    ap.add_argument("--docx-mb", type=int, default=190)
    args = ap.parse_args(argv)

    from communique.reference import countries

    t0 = time.perf_counter()
    docx = expanding_docx(args.docx_mb)
    print(f"a .docx of {len(docx) / 1024:.0f} KB that unpacks to {args.docx_mb} MB "
          f"({time.perf_counter() - t0:.1f} s to make)")
    busy = list(WEB._bench_registry().BUSY) + sorted(countries())[:20]
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'abuse.db'}"
        info = WEB.prepare(url, args.events, args.users)
        print(f"registry of {info['events']:,} events (SQLite); {args.users} viewers; "
              f"Python {sys.version.split()[0]}, {os.cpu_count()} CPU(s)")
        proc, base = WEB.start_server(url, Path(tmp) / "data", 1, warm=False)
        try:
            print(f"server started: {rss_mb(proc.pid)[0]:.0f} MB resident")
            base_run, attack = asyncio.run(both(base, proc.pid, args, busy, docx))
            now, peak = rss_mb(proc.pid)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=30)
    print(f"\nbaseline ({args.seconds:g} s): viewers {summary(base_run['times'])}, "
          f"errors {len(base_run['errors'])}; server {max(base_run['memory'], default=0):.0f} MB "
          "resident at most")
    print(f"under attack ({args.seconds:g} s): viewers {summary(attack['times'])} "
          f"(goal p95 < 300 ms), errors {len(attack['errors'])}")
    sent = attack["sent"]
    print(f"  {args.bodies} clients sending {args.body_mb} MB bodies: {len(attack['took'])} "
          f"attempts, answers {dict(attack['answers'])} (a closed connection is the server "
          f"refusing the rest), median answer in "
          f"{statistics.median(attack['took']) if attack['took'] else 0:.0f} ms; the client "
          f"handed over a median {statistics.median(sent) / MB if sent else 0:.0f} MB "
          f"(at most {max(sent, default=0) / MB:.0f} MB) before it was cut off")
    print(f"  {args.docx_mb} MB-expanding .docx uploads: {sum(attack['docx_answers'].values())}"
          f", answers {dict(attack['docx_answers'])}, median "
          f"{statistics.median(attack['docx_took']) if attack['docx_took'] else 0:.0f} ms")
    print(f"  server resident memory: at most {max(attack['memory'], default=0):.0f} MB "
          f"sampled, {now:.0f} MB at the end, peak (VmHWM) {peak:.0f} MB (goal < 500 MB)")
    if attack["errors"]:
        print("  first viewer errors: " + "; ".join(attack["errors"][:5]))
    ok = peak < 500 and attack["times"] and WEB.p95(attack["times"]) < 300
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
