"""Extraction on every core: an ordered, bounded map over worker processes.

Extraction is a pure function of a document, so ``extract`` and ``ingest``
hand documents to worker processes in chunks and take the results back in
input order. At most ``window`` chunks are in flight, so a corpus of any
size never sits in memory; the reader runs ahead of the workers only that
far. Workers ignore Ctrl-C: the parent alone decides to stop, cancels what
has not started and returns, so whatever the caller stored stays stored.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

__all__ = ["default_jobs", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """The cores this process may use (its CPU affinity where the OS tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _quiet_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _run_chunk(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def ordered_map(fn: Callable[[T], R], items: Iterable[T], *, jobs: int = 1,
                chunk: int = 8, window: int | None = None) -> Iterator[R]:
    """``map(fn, items)`` over ``jobs`` processes, results in input order.

    ``fn`` and the items must pickle (a module-level function; documents and
    records do). ``jobs <= 1`` runs in this process, with no pickling at all.
    ``window`` chunks at most are submitted ahead of the one being returned
    (default: four per worker), which bounds memory.
    """
    if jobs <= 1:
        yield from map(fn, items)
        return
    ahead = window or 4 * jobs
    ctx = multiprocessing.get_context("fork" if "fork" in
                                      multiprocessing.get_all_start_methods() else "spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_quiet_worker)
    pending: deque[Future[list[R]]] = deque()
    try:
        for part in _chunks(items, max(1, chunk)):
            pending.append(pool.submit(_run_chunk, fn, part))
            if len(pending) >= ahead:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # normal end, an error, Ctrl-C or a consumer that stopped early: drop
        # what has not started, wait for the few running chunks, leave no process
        pool.shutdown(wait=True, cancel_futures=True)
