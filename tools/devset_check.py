#!/usr/bin/env python3
"""Validate communique's development set (tests/devset).

Checks every gold file against the interchange format (../shared/schema/
events-v1.md) as the gold files use it: one JSON object per line, every
field present and no others, types as in the schema, ISO 3166-1 alpha-3
codes (pycountry, plus XKX for Kosovo), well-formed dates, and provenance:
``source.doc`` names the text and ``source.text == text[start:end]`` with
the text read as UTF-8. Also checks meta.tsv against the texts and gold.

    .venv/bin/python tools/devset_check.py [DEVSET_DIR]

Prints one line per problem and exits 1 if there is any, else prints a
summary and exits 0.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
try:
    from communique.model import EVENT_TYPES, QUALIFIERS, ROLES
except ImportError:  # run without the package installed
    sys.path.insert(0, str(REPO / "src"))
    from communique.model import EVENT_TYPES, QUALIFIERS, ROLES

FIELDS = ("id", "type", "date", "countries", "organizations", "persons", "place", "title",
          "quantity", "optional", "source")
SUBFIELDS = {
    "date": ("start", "end"),
    "countries": ("from", "to"),
    "place": ("country", "city"),
    "source": ("doc", "start", "end", "text"),
}
PERSON_FIELDS = ("name", "role", "country")
QUANTITY_FIELDS = ("value", "qualifier", "unit")
KINDS = ("readout", "briefing", "annual-review")
# Types whose "to" side is empty by the schema's type table.
NO_COUNTERPART = ("multilateral", "resolution", "election", "chairmanship", "outreach", "figure")
NAME_RE = re.compile(r"^(\d{2})_([a-z]{3})-[a-z0-9-]+$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MIN_WORDS, MAX_WORDS = 60, 300


@lru_cache(maxsize=1)
def iso3_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def valid_date(s: str) -> bool:
    if not DATE_RE.match(s):
        return False
    parts = [int(p) for p in s.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def check_record(rec: Any, text: str, doc: str) -> list[str]:
    """Problems with one gold record (empty list when it is fine)."""
    if not isinstance(rec, dict):
        return ["not a JSON object"]
    errs: list[str] = []
    missing = [f for f in FIELDS if f not in rec]
    extra = [f for f in rec if f not in FIELDS]
    if missing:
        errs.append(f"missing fields {missing}")
    if extra:
        errs.append(f"unknown fields {extra}")
    if missing:
        return errs
    for f, subs in SUBFIELDS.items():
        v = rec[f]
        if not isinstance(v, dict) or set(v) != set(subs):
            errs.append(f"{f} must be an object with exactly {list(subs)}")
    if errs:
        return errs
    codes = iso3_codes()

    if not isinstance(rec["id"], str) or not rec["id"]:
        errs.append("id must be a non-empty string")
    if rec["type"] not in EVENT_TYPES:
        errs.append(f"unknown type {rec['type']!r}")

    start, end = rec["date"]["start"], rec["date"]["end"]
    for name, d in (("date.start", start), ("date.end", end)):
        if d is not None and (not isinstance(d, str) or not valid_date(d)):
            errs.append(f"{name} {d!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    if end is not None and start is None:
        errs.append("date.end without date.start")
    if isinstance(start, str) and isinstance(end, str) and valid_date(start) and valid_date(end):
        k = min(len(start), len(end))
        if end[:k] < start[:k]:
            errs.append(f"date.end {end} is before date.start {start}")

    sides = rec["countries"]
    for side in ("from", "to"):
        v = sides[side]
        if not isinstance(v, list) or not all(isinstance(c, str) for c in v):
            errs.append(f"countries.{side} must be a list of strings")
            continue
        bad = [c for c in v if c not in codes]
        if bad:
            errs.append(f"countries.{side} has invalid ISO3 codes {bad}")
        if len(set(v)) != len(v):
            errs.append(f"countries.{side} repeats a code")
    if isinstance(sides["from"], list) and isinstance(sides["to"], list):
        both = set(sides["from"]) & set(sides["to"])
        if both:
            errs.append(f"countries on both sides: {sorted(both)}")
        if rec["type"] in NO_COUNTERPART and sides["to"]:
            errs.append(f"a {rec['type']} record has no 'to' side")

    orgs = rec["organizations"]
    if not isinstance(orgs, list) or not all(isinstance(o, str) and o for o in orgs):
        errs.append("organizations must be a list of non-empty strings")
        orgs = []

    persons = rec["persons"]
    if not isinstance(persons, list):
        errs.append("persons must be a list")
        persons = []
    for i, p in enumerate(persons):
        if not isinstance(p, dict) or set(p) != set(PERSON_FIELDS):
            errs.append(f"persons[{i}] must have exactly {list(PERSON_FIELDS)}")
            continue
        if p["name"] is not None and (not isinstance(p["name"], str) or not p["name"].strip()):
            errs.append(f"persons[{i}].name must be a non-empty string or null")
        if p["role"] not in ROLES:
            errs.append(f"persons[{i}].role {p['role']!r} is not a schema role")
        c = p["country"]
        if c is not None and c not in codes and c not in orgs:
            errs.append(f"persons[{i}].country {c!r} is neither ISO3 nor one of the organizations")

    place = rec["place"]
    if place["country"] is not None and place["country"] not in codes:
        errs.append(f"place.country {place['country']!r} is not ISO3")
    if place["city"] is not None and (not isinstance(place["city"], str) or not place["city"]):
        errs.append("place.city must be a non-empty string or null")

    if rec["title"] is not None and (not isinstance(rec["title"], str) or not rec["title"]):
        errs.append("title must be a non-empty string or null")

    q = rec["quantity"]
    if q is not None:
        if not isinstance(q, dict) or set(q) != set(QUANTITY_FIELDS):
            errs.append(f"quantity must be null or have exactly {list(QUANTITY_FIELDS)}")
        else:
            if isinstance(q["value"], bool) or not isinstance(q["value"], int | float):
                errs.append("quantity.value must be a number")
            if q["qualifier"] not in QUALIFIERS:
                errs.append(f"quantity.qualifier {q['qualifier']!r} is not one of {QUALIFIERS}")
            if q["unit"] is not None and not isinstance(q["unit"], str):
                errs.append("quantity.unit must be a string or null")
    if rec["type"] == "figure" and q is None:
        errs.append("a figure record needs a quantity")

    if not isinstance(rec["optional"], bool):
        errs.append("optional must be true or false")

    src = rec["source"]
    if src["doc"] != doc:
        errs.append(f"source.doc {src['doc']!r} should be {doc!r}")
    s, e = src["start"], src["end"]
    ints = all(isinstance(x, int) and not isinstance(x, bool) for x in (s, e))
    if not ints:
        errs.append("source.start and source.end must be integers (run tools/devset_offsets.py)")
    elif not 0 <= s < e <= len(text):
        errs.append(f"source offsets {s}:{e} out of range")
    elif text[s:e] != src["text"]:
        errs.append(f"source.text differs from text[{s}:{e}] (run tools/devset_offsets.py)")
    return errs


def check_devset(root: Path) -> tuple[list[str], Counter[tuple[str, bool]], int]:
    """Return (problems, record counts by (type, optional), number of texts)."""
    problems: list[str] = []
    counts: Counter[tuple[str, bool]] = Counter()
    texts_dir, gold_dir = root / "texts", root / "gold"
    texts = {p.stem: p for p in sorted(texts_dir.glob("*.txt"))}
    golds = {p.stem: p for p in sorted(gold_dir.glob("*.jsonl"))}
    for stem in sorted(set(texts) ^ set(golds)):
        where = "gold" if stem in texts else "texts"
        problems.append(f"{stem}: no counterpart in {where}/")

    meta: dict[str, dict[str, str]] = {}
    meta_path = root / "meta.tsv"
    if not meta_path.exists():
        problems.append(f"{meta_path}: missing")
    else:
        with meta_path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            if reader.fieldnames != ["file", "issuer", "kind", "date"]:
                problems.append(f"{meta_path}: columns must be file, issuer, kind, date")
            for row in reader:
                meta[row.get("file") or ""] = row
    for stem, path in texts.items():
        m = NAME_RE.match(stem)
        if not m:
            problems.append(f"{path.name}: name is not NN_iso3-slug.txt")
        found = meta.get(path.name)
        if found is None:
            problems.append(f"{path.name}: no row in meta.tsv")
        else:
            row = found
            issuer, kind = row.get("issuer") or "", row.get("kind") or ""
            date = row.get("date") or ""
            if issuer not in iso3_codes():
                problems.append(f"meta.tsv {path.name}: issuer {issuer!r} is not ISO3")
            elif m and m.group(2) != issuer.lower():
                problems.append(f"meta.tsv {path.name}: issuer {issuer} does not match the name")
            if kind not in KINDS:
                problems.append(f"meta.tsv {path.name}: kind {kind!r} is not one of {KINDS}")
            want = 4 if kind == "annual-review" else 10
            if not valid_date(date) or len(date) != want:
                problems.append(f"meta.tsv {path.name}: date {date!r} should be "
                                f"{'YYYY' if want == 4 else 'YYYY-MM-DD'}")
        words = len(path.read_text(encoding="utf-8").split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"{path.name}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    for name in sorted(set(meta) - {p.name for p in texts.values()}):
        problems.append(f"meta.tsv: row for missing text {name!r}")

    for stem, path in golds.items():
        if stem not in texts:
            continue
        text = texts[stem].read_text(encoding="utf-8")
        seen: set[str] = set()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{path.name}:{n}: not JSON: {e}")
                continue
            for err in check_record(rec, text, stem + ".txt"):
                problems.append(f"{path.name}:{n}: {err}")
            if isinstance(rec, dict):
                rid = rec.get("id")
                if isinstance(rid, str):
                    if rid in seen:
                        problems.append(f"{path.name}:{n}: duplicate id {rid}")
                    seen.add(rid)
                counts[(str(rec.get("type")), bool(rec.get("optional")))] += 1
    return problems, counts, len(texts)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else REPO / "tests" / "devset"
    problems, counts, n_texts = check_devset(root)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    req = sum(v for (_, opt), v in counts.items() if not opt)
    opt = sum(v for (_, o), v in counts.items() if o)
    print(f"ok: {n_texts} texts, {req} required + {opt} optional gold records")
    for ty in EVENT_TYPES:
        r, o = counts[(ty, False)], counts[(ty, True)]
        if r or o:
            print(f"  {ty:<13}{r:>4} required {o:>4} optional")
    return 0


if __name__ == "__main__":
    sys.exit(main())
