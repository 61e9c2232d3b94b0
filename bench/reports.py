"""Report benchmarks on a large generated registry.

    .venv/bin/python bench/reports.py                      # 1,000,000 events
    .venv/bin/python bench/reports.py --events 100000      # a quick run

On a registry of ``--events`` generated events (the bulk generator of
bench/registry.py, SQLite):

1. the year-end review of one issuer-year as HTML (load + count + render,
   interactive charts, plotly.js inline): goal < 5 s;
2. ``check`` of a generated draft of about ``--pages`` pages (500 words a
   page) full of numeric claims and country lists: goal < 2 s;
3. the dyad-year table of the whole registry to Parquet: goal < 30 s.

Each step runs ``--runs`` times; the median and the worst are printed with
the machine. Timed assertions do not go in tests; this prints figures.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from registry import BUSY, countries, generate, machine  # noqa: E402  (bench/registry.py)

from communique.registry import open_registry  # noqa: E402

_SENTENCES = [
    "In {year}, the foreign ministers of {n} countries visited {issuer}.",
    "The Minister of Foreign Affairs held more than {n} meetings with his counterparts.",
    "During the year, {n} international agreements were signed with {list}.",
    "Political consultations were held with {n} countries: {list}.",
    "About {n} telephone conversations took place during the year.",
    "{issuer} received {n} visits from {list}.",
    "Delegations of {issuer} paid {n} visits abroad.",
    "In {year}, {n} students from {m} countries studied in {issuer}.",
    "So far, {issuer} has provided humanitarian assistance to about {n} countries.",
    "Since {year0}, more than {n} agreements have been signed with partners in Europe.",
    "During the high-level week in New York the Minister held {m} bilateral meetings.",
    "Relations with our partners in Europe and Asia continued to deepen, and the ministry "
    "worked to promote trade, transport links, energy security and cultural exchange.",
    "On {day} March {year}, talks were held in the capital; a memorandum was signed on "
    "{day} April {year2}.",
]


def draft(rng: random.Random, issuer: str, year: int, names: list[str], pages: int) -> str:
    """About ``pages`` pages (500 words each) of a review with claims to check."""
    out: list[str] = [f"Review of the foreign policy of {issuer} in {year}", ""]
    words = 0
    while words < pages * 500:
        para = []
        for _ in range(rng.randint(3, 6)):
            picked = rng.sample(names, rng.randint(3, 12))
            lst = ", ".join(picked[:-1]) + " and " + picked[-1]
            s = rng.choice(_SENTENCES).format(
                year=year, year2=year + rng.choice((0, 0, 1)), n=rng.randint(2, 400),
                m=rng.randint(2, 60), year0=year - rng.randint(1, 4), issuer=issuer,
                list=lst, day=rng.randint(1, 28))
            para.append(s)
            words += len(s.split())
        out += [" ".join(para), ""]
    return "\n".join(out)


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    result = None
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), max(times), result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000, help="generated events")
    ap.add_argument("--issuer", default=BUSY[0], help="issuer of the review (default: the "
                    "busiest generated country)")
    ap.add_argument("--year", type=int, default=2020)
    ap.add_argument("--pages", type=int, default=5, help="pages of the draft to check")
    ap.add_argument("--runs", type=int, default=3, help="repetitions of each step")
    ap.add_argument("--only", choices=("report", "check", "dyads"), action="append",
                    help="run only these steps (repeatable; default: all)")
    ap.add_argument("--keep", help="folder for the files (default: a temporary one)")
    ap.add_argument("--db", help="an SQLite file generated before (by --keep): reuse it "
                    "instead of generating")
    args = ap.parse_args(argv)

    from communique.reports.check import check_draft
    from communique.reports.render import render_report
    from communique.reports.review import review_from_registry
    from communique.services.stats import export_dyads

    print(f"machine: {machine()}")
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="communique-rep-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = Path(args.db) if args.db else folder / "large.db"
    if not args.db:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    try:
        with open_registry(f"sqlite:///{path}") as reg:
            if args.db:
                print(f"reusing {path} ({path.stat().st_size / 1e6:.0f} MB)")
            else:
                info = generate(reg, args.events)
                print(f"generated {info['events']:,} events in {info['seconds']:.1f} s; "
                      f"file {path.stat().st_size / 1e6:.0f} MB")

            steps = set(args.only or ("report", "check", "dyads"))
            out = folder / "review.html"

            def report() -> int:
                model = review_from_registry(reg, args.issuer, args.year)
                render_report(model, "html", out)
                return model.events

            if "report" in steps:
                med, worst, n = timed(report, args.runs)
                print(f"report {args.issuer} {args.year} as HTML ({n:,} events, "
                      f"{out.stat().st_size / 1e6:.1f} MB): median {med:.2f} s, worst "
                      f"{worst:.2f} s (goal < 5 s)")

            rng = random.Random(5)
            names = [name for _code, name in countries()]
            text = draft(rng, args.issuer, args.year, names, args.pages)
            draft_path = folder / "draft.md"
            draft_path.write_text(text, encoding="utf-8")

            # baseline in the same run: the draft without the sentences that name a
            # period ("so far", "since 2017"), so that only the draft's year is loaded
            one_year = folder / "draft-one-year.md"
            one_year.write_text("\n".join(
                " ".join(s for s in line.split(". ") if not s.startswith(("So far", "Since")))
                for line in text.splitlines()), encoding="utf-8")

            def check(path: Path = draft_path) -> int:
                return len(check_draft(path, registry=reg, issuer=args.issuer,
                                       year=args.year))

            if "check" in steps:
                base, base_worst, nb = timed(lambda: check(one_year), args.runs)
                print(f"baseline: check of the draft without period sentences ({nb} "
                      f"findings, one year loaded): median {base:.2f} s, worst "
                      f"{base_worst:.2f} s")
                med, worst, n = timed(check, args.runs)
                print(f"check of a {args.pages}-page draft ({len(text.split()):,} words, {n} "
                      f"findings, periods up to 4 years back): median {med:.2f} s, worst "
                      f"{worst:.2f} s (goal < 2 s; {med / base:.1f}x the baseline)")

            parquet = folder / "dyads.parquet"
            if "dyads" in steps:
                med, worst, n = timed(lambda: export_dyads(reg, parquet), args.runs)
                print(f"dyad-year export to Parquet ({n:,} rows, "
                      f"{parquet.stat().st_size / 1e6:.1f} MB): median {med:.1f} s, worst "
                      f"{worst:.1f} s (goal < 30 s)")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
