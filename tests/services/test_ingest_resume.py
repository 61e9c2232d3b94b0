"""kill -9 in the middle of a two-worker ingest, then the same ingest again: the
registry is the one a single clean run makes (SQLite and PostgreSQL)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from communique.bench_support import readout
from communique.registry import Document, open_registry
from communique.services.ingest import ingest

from .test_ingest import _snapshot

CLI = "from communique.cli import main; main()"
N = 240


def _corpus(folder: Path) -> Path:
    rng = random.Random(11)
    folder.mkdir()
    for i in range(N):
        (folder / f"r{i:04d}.txt").write_text(
            "Ministry of Foreign Affairs of Georgia\n\n" + readout(rng) + "\n", encoding="utf-8")
    return folder


def _ingest(folder: Path, url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", CLI, "ingest", str(folder), "--issuer", "GEO",
                             "--jobs", "2", "--db", url],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _documents(url: str) -> int:
    reg = open_registry(url)
    try:
        with reg.read() as s:
            return s.scalar(select(func.count()).select_from(Document)) or 0
    except Exception:  # the schema is being made
        return 0
    finally:
        reg.close()


def test_a_killed_ingest_run_again_equals_one_clean_run(database_url, tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    with open_registry(clean_url) as reg:
        assert ingest([corpus], registry=reg, issuer="GEO", jobs=1).stored == N

    first = _ingest(corpus, database_url)
    deadline = time.monotonic() + 120
    while _documents(database_url) == 0 and first.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    stored_before = _documents(database_url)
    if stored_before >= N:
        pytest.skip("the first run finished before it could be killed")  # a very fast machine
    again = _ingest(corpus, database_url)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    assert f"{stored_before} already present" in out.decode()

    clean, resumed = open_registry(clean_url), open_registry(database_url)
    try:
        assert _snapshot(resumed) == _snapshot(clean)
    finally:
        clean.close()
        resumed.close()
