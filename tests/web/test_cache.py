"""The web cache: one computation per key, shared by the workers of a registry."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from pathlib import Path

import pytest

from communique.web._cache import TtlCache, cache_folder


def test_the_cache_computes_a_key_once_while_others_wait() -> None:
    cache = TtlCache(ttl=60)
    calls = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.2)
        return 42

    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("k", slow)))
               for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [42] * 5 and len(calls) == 1
    cache.bump()
    assert cache.get("k", lambda: 7) == 7


def test_caches_on_one_folder_share_answers_and_generations(tmp_path: Path) -> None:
    a, b = TtlCache(folder=tmp_path / "c"), TtlCache(folder=tmp_path / "c")
    assert a.shared and b.shared
    assert a.get(("facets", ("type", ("visit",))), lambda: {"n": 3}) == {"n": 3}
    assert b.get(("facets", ("type", ("visit",))), lambda: pytest.fail("computed twice")) \
        == {"n": 3}
    b.bump()  # a write seen by one worker makes the other's answers stale too
    assert a.get(("facets", ("type", ("visit",))), lambda: {"n": 4}) == {"n": 4}
    a.close()
    b.close()


@pytest.mark.parametrize("shared", [False, True])
def test_answers_expire_after_their_time_to_live(tmp_path: Path, shared: bool) -> None:
    now = [1000.0]
    cache = TtlCache(ttl=60, folder=tmp_path / "c" if shared else None, clock=lambda: now[0])
    assert cache.shared is shared
    assert cache.get("k", lambda: 1) == 1
    now[0] += 59
    assert cache.get("k", lambda: 2) == 1
    now[0] += 2
    assert cache.get("k", lambda: 3) == 3


def test_errors_of_the_computation_propagate_and_are_not_kept(tmp_path: Path) -> None:
    cache = TtlCache(folder=tmp_path / "c")

    def broken() -> int:
        raise ValueError("no such column")

    with pytest.raises(ValueError, match="no such column"):
        cache.get("k", broken)
    assert cache.shared  # the disk cache stays on: the fault was not its own
    assert cache.get("k", lambda: 5) == 5


def test_an_unusable_folder_leaves_a_per_process_cache(tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = TtlCache(folder=blocker / "cache")
    assert not cache.shared
    assert "unavailable" in caplog.text
    assert cache.get("k", lambda: 1) == 1 and cache.get("k", lambda: 2) == 1


def test_each_registry_and_version_has_its_own_folder(tmp_path: Path) -> None:
    one = cache_folder(tmp_path, "sqlite:///a.db", "0.1.0")
    assert one == cache_folder(tmp_path, "sqlite:///a.db", "0.1.0")
    assert one != cache_folder(tmp_path, "sqlite:///b.db", "0.1.0")
    assert one != cache_folder(tmp_path, "sqlite:///a.db", "0.2.0")
    assert one.parent == tmp_path / "cache"


def _worker(folder: str, log: str) -> None:
    def make() -> int:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()}\n")
        time.sleep(0.3)
        return 99

    assert TtlCache(folder=Path(folder)).get(("overview", 2021), make) == 99


def test_processes_sharing_a_folder_compute_a_key_once(tmp_path: Path) -> None:
    log = tmp_path / "made.log"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_worker, args=(str(tmp_path / "c"), str(log)))
             for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0]
    assert len(log.read_text().split()) == 1
