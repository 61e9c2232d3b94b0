#!/usr/bin/env python3
"""Fill in the character offsets of the development set's gold records.

Gold records are written with the supporting sentence in ``source.text``;
this script finds that sentence in the document's text (read as UTF-8) and
sets ``source.doc``, ``source.start`` and ``source.end`` so that
``text[start:end] == source.text``. Offsets are Python string indices.

    .venv/bin/python tools/devset_offsets.py            # rewrite tests/devset/gold/*.jsonl
    .venv/bin/python tools/devset_offsets.py --check    # only report, exit 1 if stale
    .venv/bin/python tools/devset_offsets.py FILE.jsonl ...

When a sentence occurs more than once, the occurrence nearest to the
record's current ``start`` is taken; without a current ``start`` that is
an error (make the sentence unique or give a start).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DEVSET = Path(__file__).resolve().parents[1] / "tests" / "devset"


def occurrences(text: str, sentence: str) -> list[int]:
    out, i = [], text.find(sentence)
    while i >= 0:
        out.append(i)
        i = text.find(sentence, i + 1)
    return out


def fix_file(path: Path, texts: Path) -> tuple[list[str], list[str], bool]:
    """Return (records as JSON lines, problems, changed)."""
    doc = path.stem + ".txt"
    text_path = texts / doc
    if not text_path.exists():
        return [], [f"{path}: no text {text_path}"], False
    text = text_path.read_text(encoding="utf-8")
    lines, problems, changed = [], [], False
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as e:
            problems.append(f"{path}:{n}: not JSON: {e}")
            continue
        src = rec.get("source") or {}
        sentence = src.get("text")
        if not isinstance(sentence, str) or not sentence:
            problems.append(f"{path}:{n}: source.text is missing")
            lines.append(raw)
            continue
        found = occurrences(text, sentence)
        if not found:
            problems.append(f"{path}:{n}: sentence not in {doc}: {sentence[:60]!r}")
            lines.append(raw)
            continue
        old = src.get("start")
        if len(found) > 1 and not isinstance(old, int):
            problems.append(f"{path}:{n}: sentence occurs {len(found)} times and no start "
                            f"is given: {sentence[:60]!r}")
            lines.append(raw)
            continue
        start = min(found, key=lambda i: abs(i - old)) if isinstance(old, int) else found[0]
        new = {"doc": doc, "start": start, "end": start + len(sentence), "text": sentence}
        if src != new:
            changed = True
            rec["source"] = new
        lines.append(json.dumps(rec, ensure_ascii=False))
    return lines, problems, changed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="gold files (default: the whole set)")
    ap.add_argument("--check", action="store_true", help="report only; exit 1 if offsets are stale")
    ap.add_argument("--texts", type=Path, default=DEVSET / "texts")
    a = ap.parse_args(argv)
    files = a.files or sorted((DEVSET / "gold").glob("*.jsonl"))
    all_problems, stale = [], []
    for path in files:
        lines, problems, changed = fix_file(path, a.texts)
        all_problems += problems
        if changed:
            stale.append(path)
            if not a.check and not problems:
                path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    for p in all_problems:
        print(p, file=sys.stderr)
    verb = "stale" if a.check else "updated"
    for path in stale:
        print(f"{verb}: {path}")
    if all_problems or (a.check and stale):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
