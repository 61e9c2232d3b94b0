"""One pass of extraction over a fixed part of bench/extract.py's corpus, for
instruction counts (the machine is shared: seconds move with the load, counted
instructions do not).

    PYTHONPATH=src valgrind --tool=cachegrind --cache-sim=no \\
        --cachegrind-out-file=/dev/null .venv/bin/python bench/extract_pass.py MODE

MODE ``warm`` extracts the corpus once (start-up, loading, the lazy learning of
patterns); ``both`` does that and then the pass: ``both`` minus ``warm`` is the
pass itself. ``first`` extracts only the first document and ``cold`` that and
then the pass, as bench/extract.py times it (its one-off costs inside): ``cold``
minus ``first``. ``--words`` sets the corpus (default 20,000 words, 94
documents); ``--warmups`` how many times ``warm`` and ``both`` extract it
before the pass (2 leaves out the gazetteer's lazily compiled kinds, which the
first pass over the corpus may not read enough text to compile).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import corpus_docs  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("warm", "both", "first", "cold"))
    ap.add_argument("--words", type=int, default=20_000)
    ap.add_argument("--warmups", type=int, default=1)
    a = ap.parse_args()
    from communique.extract import extract_text

    docs = corpus_docs(a.words)
    for _ in range(a.warmups if a.mode in ("warm", "both") else 1):
        for d in docs if a.mode in ("warm", "both") else docs[:1]:
            extract_text(d, issuer="GEO", date="2023")
    if a.mode in ("both", "cold"):
        records = sum(len(extract_text(d, issuer="GEO", date="2023").records) for d in docs)
        print(f"{len(docs)} documents, {sum(len(d.split()) for d in docs):,} words, "
              f"{records:,} records")


if __name__ == "__main__":
    main()
