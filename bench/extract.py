"""Extraction speed: words/second of `extract_text` against plain regex
tokenisation on the same corpus, in the same run; and peak memory on one
large text.

    .venv/bin/python bench/extract.py [--words 1000000] [--big-mb 10]

The corpus is made of the demo readouts (shipped in the package) repeated
with varied dates and countries until it holds --words words, split into
documents of a few hundred words like real readouts.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import resource
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path


def corpus_docs(words: int, seed: int = 7) -> list[str]:
    folder = resources.files("communique.demo").joinpath("corpus")
    texts = [p.read_text(encoding="utf-8") for p in folder.iterdir()  # type: ignore[attr-defined]
             if p.name.endswith(".txt")]
    rng = random.Random(seed)
    docs, total = [], 0
    swaps = ["Hungary", "Poland", "Kazakhstan", "Japan", "Brazil", "Kenya", "Qatar", "Norway"]
    while total < words:
        t = rng.choice(texts)
        t = re.sub(r"\b(?:Hungary|Poland|Japan)\b", lambda _m: rng.choice(swaps), t)
        docs.append(t)
        total += len(t.split())
    return docs


def bench_speed(words: int) -> None:
    from communique.extract import extract_text

    docs = corpus_docs(words)
    n_words = sum(len(d.split()) for d in docs)
    extract_text(docs[0], issuer="GEO", date="2023")  # load data outside the timing
    t0 = time.perf_counter()
    tokens = 0
    for d in docs:
        tokens += len(re.findall(r"\w+|[^\w\s]", d))
    t_regex = time.perf_counter() - t0
    t0 = time.perf_counter()
    records = 0
    for d in docs:
        records += len(extract_text(d, issuer="GEO", date="2023").records)
    t_ex = time.perf_counter() - t0
    wps_ex, wps_rx = n_words / t_ex, n_words / t_regex
    print(f"corpus: {len(docs)} documents, {n_words:,} words, {records:,} records")
    print(f"extract:          {wps_ex:>12,.0f} words/s ({t_ex:.1f} s)")
    print(f"regex tokenise:   {wps_rx:>12,.0f} words/s ({t_regex:.2f} s)")
    print(f"ratio extract/regex: {wps_ex / wps_rx:.3f}   (goal >= 0.02; goal >= 100,000 words/s)")


def bench_memory(mb: int) -> None:
    code = (
        "import resource,sys,time\n"
        "from communique.bench_support import big_text\n"
        "from communique.extract import iter_extract\n"
        f"t=big_text({mb})\n"
        "t0=time.perf_counter(); r=iter_extract(t, issuer='GEO', date='2023')\n"
        "n=sum(1 for _ in r.records)\n"
        "print(len(t), n, time.perf_counter()-t0,"
        " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    size, recs, secs, rss_kb = out.stdout.split()
    print(f"one {int(size) / 1e6:.1f} MB text: {int(recs):,} records in {float(secs):.1f} s, "
          f"peak RSS {int(rss_kb) / 1024:.0f} MiB (goal < 1024 MiB)")


def bench_cli_start() -> None:
    exe = Path(sys.executable).with_name("communique")
    page = Path(__file__).with_name("one-page.txt")
    if not page.exists():
        page.write_text(corpus_docs(400)[0], encoding="utf-8")
    t0 = time.perf_counter()
    subprocess.run([str(exe), "extract", str(page), "--issuer", "GEO", "--date", "2023"],
                   capture_output=True, check=True)
    print(f"`communique extract` on one page: {time.perf_counter() - t0:.2f} s (goal < 1 s)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--big-mb", type=int, default=10)
    a = ap.parse_args()
    print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, "
          f"Python {platform.python_version()}")
    bench_speed(a.words)
    bench_cli_start()
    if a.big_mb:
        bench_memory(a.big_mb)
    _ = resource


if __name__ == "__main__":
    main()
