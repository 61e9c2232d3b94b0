"""The web app's cache for numbers many pages show (dashboard, facets, counts).

Two levels: a dictionary in each worker process, and, when the app has a data
folder, a cache on disk (`diskcache`, SQLite underneath) that every worker of
the same registry shares. A heavy number is then computed once for all the
workers, not once per worker, and the answer survives a restart within its
time to live.

- One computation per key at a time: in a process, the others wait for it
  (a lock per key); across processes, a ``diskcache.Lock`` per key does the same.
- ``bump()`` after every write through the web: the generation, kept on disk
  when shared, is part of every key, so all workers stop using older answers.
- Every answer expires after ``ttl`` seconds (writes made outside the web app,
  by ``communique ingest`` for instance, show up by then).
- A disk cache that cannot be opened or written is left aside with a warning;
  the app then works with its per-process cache alone.

Values are pickled; the cache folder lives in the app's data folder, which
only the server's user can write (as for the session key kept there).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["TtlCache", "cache_folder"]

log = logging.getLogger("communique.web")

_GENERATION = "__generation__"


def cache_folder(data_dir: Path, registry_url: str, version: str) -> Path:
    """``DATA_DIR/cache/<hash>``: one folder per registry and package version (an
    upgrade never reads answers pickled by older code)."""
    digest = hashlib.sha256(f"{registry_url}\n{version}".encode()).hexdigest()[:16]
    return data_dir / "cache" / digest


class TtlCache:
    """A time-limited cache; shared between processes when given a folder."""

    def __init__(self, ttl: float = 120.0, size: int = 512, folder: Path | None = None,
                 size_limit: int = 256 * 2**20,
                 clock: Callable[[], float] = time.time) -> None:
        self.ttl, self.size = ttl, size
        self._clock = clock  # injectable, so that expiry is tested without sleeping
        self.generation = 0
        self._data: dict[Any, tuple[float, int, Any]] = {}
        self._busy: dict[Any, threading.Lock] = {}
        self._lock = threading.Lock()
        self._disk: Any = None
        if folder is not None:
            try:
                import diskcache

                self._disk = diskcache.Cache(str(folder), size_limit=size_limit)
            except Exception as exc:  # unwritable folder, damaged cache database
                log.warning("shared cache in %s unavailable (%s): each worker keeps its own",
                            folder, exc)

    @property
    def shared(self) -> bool:
        return self._disk is not None

    def _off(self, exc: Exception) -> None:
        log.warning("shared cache failed (%s): each worker keeps its own from now on", exc)
        self._disk = None

    def _generation(self) -> int:
        if self._disk is not None:
            try:
                return int(self._disk.get(_GENERATION, 0))
            except Exception as exc:
                self._off(exc)
        return self.generation

    def _fresh(self, key: Any, generation: int) -> tuple[bool, Any]:
        hit = self._data.get(key)
        if hit and self._clock() - hit[0] < self.ttl and hit[1] == generation:
            return True, hit[2]
        return False, None

    def get(self, key: Any, make: Callable[[], Any]) -> Any:
        """The value of ``key``, computed by ``make()`` when no fresh one is kept."""
        generation = self._generation()
        with self._lock:
            found, value = self._fresh(key, generation)
            if found:
                return value
            busy = self._busy.setdefault(key, threading.Lock())
        with busy:  # one computation per key; the others wait for it
            with self._lock:
                found, value = self._fresh(key, generation)
                if found:
                    return value
            made_at, value = self._shared(key, generation, make)
            with self._lock:
                if len(self._data) >= self.size:
                    self._data.clear()
                self._data[key] = (made_at, generation, value)
                self._busy.pop(key, None)
            return value

    def _young(self, hit: Any) -> bool:
        """A disk entry (made at, value) younger than the time to live, by this
        cache's clock (the disk's own expiry uses the wall clock)."""
        return hit is not None and self._clock() - hit[0] < self.ttl

    def _shared(self, key: Any, generation: int, make: Callable[[], Any]) -> tuple[float, Any]:
        """(when made, value): from the disk cache, else made under a lock that the
        other processes wait for. Errors of ``make`` propagate; errors of the disk
        cache only turn it off."""
        disk = self._disk
        if disk is None:
            return self._clock(), make()
        import diskcache

        dkey = ("v", generation, key)
        try:
            hit = disk.get(dkey)
            if self._young(hit):
                return hit  # type: ignore[no-any-return]
            # the lock expires by itself should its holder die mid-computation
            lock = diskcache.Lock(disk, ("lock", generation, key), expire=max(self.ttl, 60))
            lock.acquire()
        except Exception as exc:
            self._off(exc)
            return self._clock(), make()
        try:
            hit = disk.get(dkey)  # made by another process while this one waited
            if self._young(hit):
                return hit  # type: ignore[no-any-return]
            entry = (self._clock(), make())
            try:
                disk.set(dkey, entry, expire=self.ttl)
            except Exception as exc:
                self._off(exc)
            return entry
        finally:
            try:
                lock.release()
            except Exception as exc:
                self._off(exc)

    def bump(self) -> None:
        """Make every kept answer stale (in every worker sharing the disk cache)."""
        with self._lock:
            self.generation += 1
        if self._disk is not None:
            try:
                self._disk.incr(_GENERATION, 1, default=0)
            except Exception as exc:
                self._off(exc)

    def close(self) -> None:
        if self._disk is not None:
            self._disk.close()
