"""Review-queue benchmarks: possible duplicates and plausibility flags on a large registry.

On a registry of ``--events`` generated events (the bulk generator of
``bench/registry.py``, SQLite), it times, with the plain event query they
build on as the baseline in the same run:

1. the possible-duplicates queue of the busiest country for one year
   (``review duplicates --country USA --from-date Y --to-date Y``), against
   ``events list`` of the same filter without a limit;
2. the plausibility flags of one page of the review queue (50 events),
   against loading the same 50 events.

    .venv/bin/python bench/review_queue.py                    # 1,000,000 events
    .venv/bin/python bench/review_queue.py --events 100000    # a quick run
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from registry import generate, machine  # noqa: E402  (bench/registry.py)

from communique.registry import open_registry  # noqa: E402
from communique.services.duplicates import possible_duplicates  # noqa: E402
from communique.services.plausibility import plausibility_flags  # noqa: E402
from communique.services.query import EventFilter, list_events  # noqa: E402


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    times, out = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), max(times), out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--year", type=int, default=2020)
    ap.add_argument("--country", default="USA")
    args = ap.parse_args(argv)
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        reg = open_registry(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        generate(reg, args.events)
        print(f"generated {args.events:,} events in {time.perf_counter() - t0:.1f} s")
        flt = EventFilter(countries=[args.country], from_date=str(args.year),
                          to_date=str(args.year), statuses=["candidate", "accepted"])
        base, base_max, views = timed(lambda: list_events(reg, flt, count_mentions=False),
                                      args.runs)
        med, worst, pairs = timed(lambda: possible_duplicates(reg, EventFilter(
            countries=[args.country], from_date=str(args.year), to_date=str(args.year)),
            limit=50), args.runs)
        print(f"duplicates of {args.country} {args.year} ({len(views):,} events, "
              f"{len(pairs)} pairs shown): median {med * 1000:.0f} ms, worst "
              f"{worst * 1000:.0f} ms; baseline events list {base * 1000:.0f} ms "
              f"(x{med / base:.1f})")
        page = [v.id for v in list_events(reg, EventFilter(statuses=["candidate"]), limit=50)]
        base, _, _ = timed(lambda: list_events(reg, EventFilter(ids=page,
                                                                statuses=["candidate"])),
                           args.runs)
        med, worst, flags = timed(lambda: plausibility_flags(reg, page), args.runs)
        print(f"plausibility flags of a queue page ({len(page)} events, {len(flags)} flagged): "
              f"median {med * 1000:.0f} ms, worst {worst * 1000:.0f} ms; baseline loading "
              f"the page {base * 1000:.0f} ms (x{med / base:.1f})")
        reg.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
