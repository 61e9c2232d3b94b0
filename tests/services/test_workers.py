"""The ordered, bounded map over worker processes that extract and ingest use."""

from __future__ import annotations

import multiprocessing

import pytest

from communique.services.workers import default_jobs, ordered_map


def _square(n: int) -> int:
    return n * n


def _boom(n: int) -> int:
    if n == 5:
        raise ValueError("five is not allowed")
    return n


def test_results_come_back_in_input_order_from_two_workers() -> None:
    assert list(ordered_map(_square, range(200), jobs=2, chunk=3)) == [n * n for n in range(200)]


def test_one_job_runs_here_so_any_callable_will_do() -> None:
    assert list(ordered_map(lambda n: n + 1, [1, 2, 3], jobs=1)) == [2, 3, 4]


def test_the_input_is_read_only_a_window_ahead() -> None:
    pulled = []

    def items():
        for n in range(10_000):
            pulled.append(n)
            yield n

    results = ordered_map(_square, items(), jobs=2, chunk=4, window=3)
    assert next(results) == 0
    assert len(pulled) <= 4 * 4  # the window's chunks and the one being read
    results.close()
    assert multiprocessing.active_children() == []  # no worker left behind


def test_an_error_in_a_worker_reaches_the_caller_and_stops_the_pool() -> None:
    with pytest.raises(ValueError, match="five"):
        list(ordered_map(_boom, range(50), jobs=2, chunk=2))
    assert multiprocessing.active_children() == []


def test_default_jobs_is_the_usable_cores() -> None:
    assert 1 <= default_jobs() <= (multiprocessing.cpu_count() or 1)
